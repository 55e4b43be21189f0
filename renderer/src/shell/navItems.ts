import type { ComponentType } from 'react';
import { IconEye, IconBook2, IconFileSearch, IconBulb, IconListCheck, IconLayoutList, IconPlant2, IconSchool, IconSettings, IconShieldLock, IconTransfer } from '@tabler/icons-react';

export interface NavItem {
  /** Where the link goes. */
  to: string;
  /** i18n key with namespace, e.g. 'common:nav.overview'. */
  labelKey: string;
  icon: ComponentType<{ size?: number | string; 'aria-hidden'?: boolean }>;
  /** Route patterns (react-router matchPath) for which this item shows as current. */
  activeFor: string[];
}

/**
 * The navbar, top to bottom. Features add their entry here (one line) and their route in
 * routes.tsx; the layout renders whatever is in this list.
 */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'common:nav.overview', icon: IconLayoutList, activeFor: ['/', '/dossiers/*'] },
  { to: '/monitoring', labelKey: 'monitoring:nav', icon: IconEye, activeFor: ['/monitoring'] },
  { to: '/school', labelKey: 'overview:school.title', icon: IconSchool, activeFor: ['/school'] },
  { to: '/verbeterpunten', labelKey: 'evaluation:school.nav', icon: IconBulb, activeFor: ['/verbeterpunten'] },
  { to: '/protocol', labelKey: 'protocol:nav', icon: IconListCheck, activeFor: ['/protocol'] },
  { to: '/preventie', labelKey: 'protocol:prevention.nav', icon: IconPlant2, activeFor: ['/preventie'] },
  { to: '/bewaartermijn', labelKey: 'evaluation:retention.nav', icon: IconShieldLock, activeFor: ['/bewaartermijn'] },
  { to: '/uitwisselen', labelKey: 'exchange:nav', icon: IconTransfer, activeFor: ['/uitwisselen'] },
  { to: '/controleren', labelKey: 'documents:fileCheck.nav', icon: IconFileSearch, activeFor: ['/controleren'] },
  { to: '/instellingen', labelKey: 'common:nav.settings', icon: IconSettings, activeFor: ['/instellingen'] },
  { to: '/hulp', labelKey: 'help:nav', icon: IconBook2, activeFor: ['/hulp', '/hulp/:section'] },
];
