import { Center, Loader } from '@mantine/core';
import { Suspense, lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Code splitting by route: a screen's module (and what only it imports: charts, the guide,
 * document editors) is fetched from disk the first time the screen is shown, so the lock
 * screen needs only the shell. `load` picks the named export of the module.
 */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  const Screen = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return function LazyScreen() {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <Screen />
      </Suspense>
    );
  };
}

/** While a screen's chunk loads (a local file: normally too short to see). */
export function ScreenLoading() {
  const { t } = useTranslation('session');
  return (
    <Center h="100%" mih={200} data-screen="loading">
      <Loader aria-label={t('startup.loading')} />
    </Center>
  );
}

/** Same for a part of a screen that takes props (the charts: recharts is a large chunk). */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Part = lazy(async () => ({ default: await load() }));
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <Part {...props} />
      </Suspense>
    );
  };
}
