/**
 * Bulk downloads: /datapackage.json, /downloads/{table}.csv for every record table, the zip and
 * SQLite file built with the database (/downloads/ledger.zip, /downloads/ledger.sqlite), and the
 * manifest of their sizes and SHA-256s (/downloads/manifest.json; the package gives the CSVs').
 *
 * The package and the CSVs are answers like any other (made once, then kept by the answer cache).
 * The two files are streamed from the descriptors opened when the server started, never read
 * whole into memory, with an ETag of the dataset version they were built from and the file's kind.
 */
import { createReadStream, read } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import parseRange from 'range-parser';
import { z } from 'zod';
import { DOWNLOADS } from '../../dataset/about.ts';
import { type DownloadFile, downloadsDirOf, MANIFEST_PATH, manifestSchema, type OpenFile, openDownloads } from '../../dataset/files.ts';
import { dataPackage } from '../../dataset/package.ts';
import { TABLES, tableCsv } from '../../dataset/tables.ts';
import { CACHE_CONTROL, etagMatches } from '../../http/cache.ts';
import { ProblemError } from '../../http/errors.ts';
import { sendCsv } from '../../http/lists.ts';
import { ifMatchFails, notModifiedBody, PRECONDITION_FAILED } from '../../http/preconditions.ts';
import { problemSchema } from '../../http/problem-schema.ts';

const noQuery = z.strictObject({});

const packageSchema = z
  .object({
    name: z.string(),
    version: z.string().describe('The dataset version.'),
    resources: z.array(
      z
        .object({
          name: z.string(),
          path: z.string(),
          format: z.literal('csv'),
          mediatype: z.literal('text/csv'),
          encoding: z.literal('utf-8'),
          bytes: z.number().int().nonnegative().describe('The CSV file’s size in bytes.'),
          hash: z.string().describe('sha256: and the CSV file’s SHA-256 in hex, to check a download by.'),
          schema: z
            .object({
              fields: z.array(z.object({ name: z.string(), type: z.string() }).loose()),
              primaryKey: z.array(z.string()),
              foreignKeys: z
                .array(
                  z.object({
                    fields: z.array(z.string()),
                    reference: z.object({
                      resource: z.string().describe('The resource referred to; "" for the table itself.'),
                      fields: z.array(z.string()),
                    }),
                  }),
                )
                .optional(),
            })
            .loose(),
        })
        .loose(),
    ),
  })
  .loose()
  .meta({
    id: 'DataPackage',
    description: 'A Frictionless Data Package 2.0 descriptor, also valid as a version 1 tabular data package.',
  });

const manifestAnswer = manifestSchema.meta({
  id: 'DownloadManifest',
  description:
    'The dataset version the files were built from, and each file’s size in bytes and SHA-256 (hex), by its name under /downloads/.',
});

/** The problem for a download this server was started without. */
const notBuilt = (why: string) => new ProblemError('not-built', `This download is not available on this server: ${why}.`);

/**
 * Sends an open file as an attachment, or the 304 standing for it, or one range of its bytes (206)
 * where Range asks for one and If-Range, if given, names this file: an interrupted download resumes.
 * Several ranges are sent as the whole file, which RFC 9110 §14.2 allows.
 */
function sendFile(request: FastifyRequest, reply: FastifyReply, file: OpenFile, type: string, name: string, etag: string) {
  // A 304 and the file carry its tag and lifetime; a refusal (416) neither.
  const tagged = { etag, 'cache-control': CACHE_CONTROL };
  // If-Match first (RFC 9110 §13.2.2): a download resumed with If-Match never gets another file's bytes.
  if (ifMatchFails(request, etag)) throw new ProblemError('precondition-failed', PRECONDITION_FAILED);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && etagMatches(ifNoneMatch, etag)) return reply.headers(tagged).code(304).send(notModifiedBody(request));
  const range = rangeOf(request, file.bytes, etag);
  if (range === 'unsatisfiable') {
    reply.header('content-range', `bytes */${file.bytes}`);
    throw new ProblemError('range-not-satisfiable', `The file is ${file.bytes} bytes; ask for a range within them.`);
  }
  const { start, end } = range ?? { start: 0, end: file.bytes - 1 };
  if (range) reply.code(206).header('content-range', `bytes ${start}-${end}/${file.bytes}`);
  return reply
    .type(type)
    .headers({
      ...tagged,
      'accept-ranges': 'bytes',
      'content-length': String(end - start + 1),
      'content-disposition': `attachment; filename="${name}"`,
    })
    .send(createReadStream('', { fd: file.fd, start, end, autoClose: false, fs: SHARED }));
}

/** The one byte range a request asks for, if it asks for one of this file (If-Range: its ETag). */
function rangeOf(request: FastifyRequest, bytes: number, etag: string): { start: number; end: number } | 'unsatisfiable' | undefined {
  const { range, 'if-range': ifRange } = request.headers;
  // Only a GET reads Range (RFC 9110 §14.2: a HEAD learns the whole file's length). If-Range compares
  // strongly; a date, or another tag, asks for the whole file.
  if (request.method !== 'GET' || !range || (ifRange !== undefined && ifRange !== etag)) return undefined;
  const ranges = parseRange(bytes, range, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return undefined;
  return ranges[0];
}

/**
 * The descriptors are the server's, shared by every download: a stream reads at its own positions
 * and never closes one. (Fastify destroys a stream it has sent, and a file stream closes its
 * descriptor when destroyed, whatever autoClose says: the second download failed with EBADF or, its
 * number taken by a socket since, ESPIPE.)
 */
const SHARED = { read, close: (_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => done(null) };

type DownloadOptions = { downloadsDir?: string };

const downloadRoutes: FastifyPluginAsyncZod<DownloadOptions> = async (app, { downloadsDir }) => {
  const { version, about } = app.datasetMeta;
  const opened = openDownloads(downloadsDir ?? downloadsDirOf(app.db.$client.name), version);
  if ('missing' in opened) app.log.warn(`downloads: ${opened.detail}`);
  else app.addHook('onClose', async () => opened.close());

  app.get(
    DOWNLOADS.package.path,
    {
      schema: {
        operationId: 'getDataPackage',
        tags: ['downloads'],
        summary: 'The Frictionless Data Package: every record table as a CSV resource with its Table Schema',
        querystring: noQuery,
        response: { 200: packageSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (_request, reply) => {
      if (!about) throw notBuilt('this database was built without its description (seed/dataset.json)');
      // The descriptor as the zip holds it: pretty-printed, a file for people as much as for programs.
      const body = `${JSON.stringify(dataPackage(app.db, version, about), null, 2)}\n`;
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(body);
    },
  );

  for (const table of TABLES) {
    app.get(
      `/downloads/${table.path}.csv`,
      {
        schema: {
          operationId: `download${table.path[0].toUpperCase()}${table.path.slice(1)}Csv`,
          tags: ['downloads'],
          summary: `Every ${table.type} record as CSV, the data package's ${table.path} resource`,
          produces: ['text/csv'],
          querystring: noQuery,
          response: {
            200: z.string().describe('UTF-8 CSV without a byte order mark; see /datapackage.json for its fields.'),
            400: problemSchema,
          },
        },
      },
      async (_request, reply) => sendCsv(reply, table.path, tableCsv(app.db, table, app.recordCache)),
    );
  }

  app.get(
    MANIFEST_PATH,
    {
      schema: {
        operationId: 'getDownloadManifest',
        tags: ['downloads'],
        summary: 'The size and SHA-256 of the zip and the SQLite file, and the dataset version they were built from',
        description:
          'As the build wrote it: files are named as under /downloads/ (ledger.zip, ledger.sqlite). Each CSV’s size and SHA-256 are its resource’s bytes and hash in /datapackage.json.',
        querystring: noQuery,
        response: { 200: manifestAnswer, 400: problemSchema, 404: problemSchema },
      },
    },
    async (_request, reply) => {
      if ('missing' in opened) throw notBuilt(opened.missing);
      // The bytes the build wrote, whose hashes were taken of the files it wrote beside them.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(opened.manifest);
    },
  );

  const files: [DownloadFile, string, string][] = [
    [
      'zip',
      DOWNLOADS.zip.mediaType,
      'The data package, its CSVs, the five articles as received, a README, a CITATION.cff, the curation rules, the datasheet, the SQLite guide and the licence, as a zip.',
    ],
    ['sqlite', DOWNLOADS.sqlite.mediaType, DOWNLOADS.sqlite.title],
  ];
  for (const [key, type, description] of files) {
    app.get(
      DOWNLOADS[key].path,
      {
        // Streamed from the file: the answer cache keeps only answers it can hold whole.
        config: { uncached: true, conditional: true },
        schema: {
          operationId: key === 'zip' ? 'downloadZip' : 'downloadSqlite',
          tags: ['downloads'],
          summary: description,
          description: `The file is named ${about?.name ?? 'ledger'}-{version}.${key} and its ETag "{version}-${key}-{sha256}", the dataset version it was built from and the start of its SHA-256 (as /downloads/manifest.json gives it); it was built with the database, never by the server.`,
          produces: [type],
          querystring: noQuery,
          response: {
            200: z.string().describe(description).meta({ contentMediaType: type }),
            206: z
              .string()
              .describe('One range of the file’s bytes, as Range asked (If-Range: its ETag); Content-Range says which.')
              .meta({ contentMediaType: type }),
            400: problemSchema,
            404: problemSchema,
            416: problemSchema,
          },
        },
      },
      async (request, reply) => {
        if ('missing' in opened) throw notBuilt(opened.missing);
        const name = `${about?.name ?? 'ledger'}-${version}.${key}`;
        // Its bytes' hash too: the same seed built by other code is another file (a rebuilt export), another tag.
        const file = opened.files[key];
        return sendFile(request, reply, file, type, name, `"${version}-${key}-${file.sha256.slice(0, 16)}"`);
      },
    );
  }
};

export default downloadRoutes;
