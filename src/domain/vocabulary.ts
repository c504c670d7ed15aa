/** The closed lists of the data model (CURATION.md), shared by the seed, the schema and the API. */
export const LEVELS = ['province', 'prefecture', 'county', 'district', 'new_area', 'development_zone'] as const;
export const QUALIFIERS = ['exact', 'more_than', 'at_least', 'approx', 'less_than'] as const;
export const INITIATIVE_KINDS = ['campaign', 'mechanism', 'policy_document', 'service_brand', 'programme'] as const;
export const EXCLUSION_REASONS = ['date', 'ordinal', 'name', 'page'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const SCRIPTS = ['Hans', 'Hant'] as const;
