/**
 * The downloads built with a database, beside it (data/ledger.db → data/ledger-downloads/): the zip
 * and the SQLite export, and a manifest naming the dataset version they were built from. The build
 * writes them (seed/downloads.ts); a server only opens them, once, when it starts, and keeps them
 * open, so it serves the files of the version it answers from even if a rebuild replaces them.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';

/** The file names inside the downloads directory. */
export const DOWNLOAD_FILES = { zip: 'ledger.zip', sqlite: 'ledger.sqlite' } as const;
export type DownloadFile = keyof typeof DOWNLOAD_FILES;

export const MANIFEST = 'manifest.json';
/** Where the manifest is served: the sizes and SHA-256 of the zip and the SQLite file. */
export const MANIFEST_PATH = `/downloads/${MANIFEST}`;

export const manifestSchema = z.object({
  dataset_version: z.string(),
  files: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), sha256: z.string() })),
});

export type Manifest = z.output<typeof manifestSchema>;

/** Where the downloads of the database at `databasePath` are built and found. */
export const downloadsDirOf = (databasePath: string): string =>
  join(dirname(databasePath), `${basename(databasePath, extname(databasePath))}-downloads`);

export type OpenFile = { fd: number; bytes: number; sha256: string };

/**
 * The downloads opened for serving, with their manifest as built, or why there are none: `missing`
 * for a client (no path of the server's), `detail` for its log.
 */
type OpenDownloads = { files: Record<DownloadFile, OpenFile>; manifest: string; close(): void } | { missing: string; detail: string };

/** Opens the downloads of `version` in `dir`; a directory that is missing, incomplete or of another version serves none. */
export function openDownloads(dir: string, version: string): OpenDownloads {
  const none = (missing: string, why: string) => ({ missing, detail: `the downloads in ${dir} ${why}; npm run db:build builds them` });
  let manifest: Manifest;
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST), 'utf8');
    manifest = manifestSchema.parse(JSON.parse(text));
  } catch {
    return none('the downloads were not built with this database', 'are missing (no readable manifest)');
  }
  if (manifest.dataset_version !== version) {
    return none('the downloads were built from another dataset version', `are of dataset ${manifest.dataset_version}, not ${version}`);
  }
  const opened: OpenFile[] = [];
  const close = () => {
    for (const { fd } of opened) closeSync(fd);
  };
  try {
    const files = {} as Record<DownloadFile, OpenFile>;
    for (const [key, name] of Object.entries(DOWNLOAD_FILES) as [DownloadFile, string][]) {
      const fd = openSync(join(dir, name), 'r');
      opened.push({ fd, bytes: 0, sha256: '' });
      const bytes = fstatSync(fd).size;
      if (bytes !== manifest.files[name]?.bytes)
        throw new Error(`${name} is ${bytes} bytes, its manifest says ${manifest.files[name]?.bytes}`);
      files[key] = { fd, bytes, sha256: manifest.files[name].sha256 };
    }
    return { files, manifest: text, close };
  } catch (error) {
    close();
    return none('the downloads are incomplete', `are incomplete (${(error as Error).message})`);
  }
}
