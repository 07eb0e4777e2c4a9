import { componentModules, settings, testRecord } from 'virtual:noticeboard/site';
import { relative } from 'node:path';
import { componentRegistry, exportedComponents, type ComponentRegistry } from './components/registry.ts';
import type { SiteSettings } from './site-config/settings.ts';
import type { AccessibilityTestRecord } from '../schemas/accessibility-record.ts';

// The site's settings as the pages see them: what `noticeboard()` in astro.config.mjs was given,
// checked at start-up by the integration (src/lib/site-config/). Only pages import this module.

/** The site's name, logo, owner, footer, accent and other settings. */
export const site: SiteSettings = settings;

/** The last complete accessibility test run, read by the build (src/lib/accessibility/read.ts), for the accessibility statement. */
export const accessibilityTests: AccessibilityTestRecord | undefined = testRecord ?? undefined;

/** The components this site's notices may use: Noticeboard's and the site's own. */
export const siteComponents: ComponentRegistry = componentRegistry(componentModules.flatMap(([file, module]) => exportedComponents(relative(process.cwd(), file), module)));
