import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { packOutline, type Block, type Run } from './packOutline';
import type { ReviewPack } from './reviewPack';

const HEADING: Partial<Record<Block['kind'], (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  title: HeadingLevel.TITLE,
  heading: HeadingLevel.HEADING_1,
  subheading: HeadingLevel.HEADING_2,
};

function run(part: Run): TextRun | ExternalHyperlink {
  return part.link === undefined ? new TextRun(part.text) : new ExternalHyperlink({ link: part.link, children: [new TextRun({ text: part.text, style: 'Hyperlink' })] });
}

/** The pack as a Word document (docx builds the XML; text goes in as runs, so it is escaped there). */
export async function reviewPackDocx(pack: ReviewPack): Promise<Uint8Array> {
  const paragraphs = packOutline(pack).map((block) => {
    const heading = HEADING[block.kind];
    return new Paragraph({
      children: block.runs.map(run),
      ...(heading === undefined ? {} : { heading }),
      ...(block.kind === 'bullet' ? { bullet: { level: 0 } } : {}),
    });
  });
  const document = new Document({ creator: 'Upward', title: `Review pack: ${pack.owner}`, sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
