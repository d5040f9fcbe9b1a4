package cn.xinhuo.report;

import cn.xinhuo.report.dto.WorkReport;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The work summary as PDF in the layout of the Word document. The Chinese font is embedded (as the
 * subset the text uses, with its Unicode map), so the file reads the same on any machine and its text
 * can be searched and copied.
 */
final class WorkReportPdf {

    static final String MEDIA_TYPE = "application/pdf";

    private WorkReportPdf() {
    }

    /** {@code font}: a TrueType font file with CJK glyphs; a collection (.ttc) names its face, e.g. {@code x.ttc,0}. */
    static void write(WorkReport report, String font, OutputStream out) throws IOException {
        BaseFont base = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        // A4 with the margins of official documents (公文: 37 mm top, 28 mm left)
        Document doc = new Document(PageSize.A4, 79, 74, 105, 99);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(report.title());
        doc.addCreator("Xinhuo");
        doc.open();
        Paragraph title = new Paragraph(bold(report.title(), new Font(base, 22)));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(20);
        doc.add(title);
        Font text = new Font(base, 16);
        for (WorkReport.Section section : report.sections()) {
            Paragraph heading = new Paragraph(bold(section.heading(), new Font(base, 16)));
            heading.setSpacingBefore(10);
            doc.add(heading);
            for (String body : section.paragraphs()) {
                Paragraph paragraph = new Paragraph(24, body, text);
                paragraph.setFirstLineIndent(32); // two characters
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                doc.add(paragraph);
            }
        }
        doc.close();
    }

    /** CJK fonts come without a bold face: the outline is stroked as well as filled, as word processors do. */
    private static Chunk bold(String text, Font font) {
        return new Chunk(text, font).setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, 0.6f, null);
    }
}
