// x12-parser ships types only under its "exports" map, which this project's moduleResolution does
// not read; the test oracle uses this much of it.
declare module 'x12-parser' {
  import { Transform } from 'stream';
  export class X12parser extends Transform {
    constructor(defaultEncoding?: BufferEncoding);
  }
}
