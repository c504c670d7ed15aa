/** The part of citation.js the tests use (it ships no types): parse any supported input, write CSL-JSON, its BibTeX settings. */
declare module '@citation-js/core' {
  export class Cite {
    /** Parses BibTeX, RIS or CSL-JSON, recognised by their form. */
    static async(data: string | object): Promise<Cite>;
    format(format: 'data', options: { format: 'object' }): object[];
  }
  /** A plugin's settings: @bibtex's parse.sentenceCase says which titles are sentence-cased on import. */
  export const plugins: {
    config: { get(plugin: '@bibtex'): { parse: { sentenceCase: 'never' | 'english' | 'always' } } };
  };
}
