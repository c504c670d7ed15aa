/**
 * Checked by tsc (npm run typecheck), not run: the schema.org metadata is typed with schema-dts, so
 * a misspelled property or a value of the wrong type does not compile. Each line below must stay an
 * error; if schema-dts stopped catching it, its @ts-expect-error would itself fail the typecheck.
 */
import type { DataDownload, Dataset, WithContext } from 'schema-dts';

// @ts-expect-error contentURL is not a property of DataDownload (contentUrl is)
export const misspelled: DataDownload = { '@type': 'DataDownload', contentURL: '/downloads/ledger.zip' };

// @ts-expect-error isAccessibleForFree is a boolean, not a string
export const wrongType: WithContext<Dataset> = { '@context': 'https://schema.org', '@type': 'Dataset', isAccessibleForFree: 'yes' };
