package cn.xinhuo.report;

import cn.xinhuo.report.dto.WorkReport;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.OutputStream;

/** The work summary as a Word document in the usual layout of official reports: a centred title, bold headings, indented 仿宋 text. */
final class WorkReportDocument {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private WorkReportDocument() {
    }

    static void write(WorkReport report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(400);
            run(title, report.title(), "宋体", 22, true);
            for (WorkReport.Section section : report.sections()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setSpacingBefore(200);
                run(heading, section.heading(), "黑体", 16, true);
                for (String text : section.paragraphs()) {
                    XWPFParagraph paragraph = doc.createParagraph();
                    paragraph.setFirstLineIndent(640); // two characters of 16 pt
                    paragraph.setSpacingBetween(1.5);
                    run(paragraph, text, "仿宋", 16, false);
                }
            }
            doc.write(out);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    }
}
