import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a shown error is cleared. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  attempt: number;
  resetKey: unknown;
}

/**
 * A render error shows a calm, recoverable screen instead of a white window. The vault
 * commits every write immediately, so nothing is lost: "Opnieuw proberen" remounts the tree.
 * Uses the i18n instance directly, so it works even if the failing part was a provider.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Component names and the error type only: messages may quote dossier data.
    console.error(`ErrorBoundary: ${error.name} in`, info.componentStack?.split('\n')[1]?.trim() ?? 'unknown');
  }

  private retry = () => {
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render() {
    if (this.state.error) {
      return (
        <Center mih="60vh" p="xl" data-screen="render-error">
          <Paper p="xl" maw={520} shadow="sm">
            <Stack gap="md" align="flex-start">
              <ThemeIcon size={44} color="yellow" variant="light" aria-hidden>
                <IconAlertTriangle size={26} />
              </ThemeIcon>
              <Title order={1} fz="h2">
                {i18n.t('common:renderError.title')}
              </Title>
              <Text>{i18n.t('common:renderError.safe')}</Text>
              <Text size="sm" c="dimmed">
                {i18n.t('common:renderError.hint')}
              </Text>
              <Button onClick={this.retry} autoFocus>
                {i18n.t('common:renderError.retry')}
              </Button>
            </Stack>
          </Paper>
        </Center>
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
