// Places in a claim's text and tree, shared by every layer from the parser up. Plain data: offsets
// into the document text, never editor objects.

/** Half-open character range [start, end) into the document text (UTF-16 offsets). */
export interface Range {
  start: number;
  end: number;
}

/** A path into the claim tree, e.g. ['services', 0, 'code']. */
export type Path = ReadonlyArray<string | number>;
