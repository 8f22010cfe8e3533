// The little of pdfkit's image API that @types/pdfkit leaves out: openImage() reads an image
// once, and image() also takes what it returned, so a picture used twice is embedded once.
declare namespace PDFKit {
  interface OpenedImage {
    readonly width: number;
    readonly height: number;
  }
  interface PDFDocument {
    openImage(src: Buffer): OpenedImage;
    image(src: OpenedImage, x?: number, y?: number, options?: ImageOption): this;
  }
}
