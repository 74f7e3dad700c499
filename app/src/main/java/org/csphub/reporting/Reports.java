package org.csphub.reporting;

import java.text.Normalizer;
import java.util.Locale;

import org.csphub.reporting.internal.CsvBundle;
import org.csphub.reporting.internal.PdfReport;
import org.csphub.reporting.internal.ReportTemplates;
import org.csphub.reporting.internal.XlsxReport;
import org.springframework.stereotype.Service;

/**
 * Turns a {@link ReportDocument} into the partnership's outputs. Thread-safe; every method renders
 * the whole document afresh.
 *
 * <ul>
 * <li>In a page: include the fragment {@value #FRAGMENT_EXPRESSION} with the document in the model
 * (it brings the page's only {@code h1}); {@link #html} renders the same fragment on its own.</li>
 * <li>{@link #pdf}: a tagged PDF/UA-1 committee document (A4, cover, contents with page numbers,
 * running header, page numbers, embedded DejaVu Sans, vector figures).</li>
 * <li>{@link #xlsx}: every table on a sheet of its own after a contents sheet.</li>
 * <li>{@link #csvZip}: every table as a CSV file, with a README.txt, in a zip.</li>
 * </ul>
 */
@Service
public class Reports {

	/** The Thymeleaf template that holds the report fragment. */
	public static final String TEMPLATE = "reporting/report";

	/** The fragment's signature in {@link #TEMPLATE}. */
	public static final String FRAGMENT = "report(document)";

	/** What a page writes to include a report held in the model as {@code document}. */
	public static final String FRAGMENT_EXPRESSION = "~{reporting/report :: report(${document})}";

	public static final String PDF_TYPE = "application/pdf";

	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String ZIP_TYPE = "application/zip";

	private final ReportTemplates templates = new ReportTemplates();

	private final PdfReport pdf = new PdfReport(templates);

	private final XlsxReport xlsx = new XlsxReport();

	private final CsvBundle csv = new CsvBundle();

	/** The report as HTML: the fragment {@code reporting/report :: report(document)} alone. */
	public String html(ReportDocument document) {
		return templates.html(document);
	}

	public byte[] pdf(ReportDocument document) {
		return pdf.render(document);
	}

	public byte[] xlsx(ReportDocument document) {
		return xlsx.render(document);
	}

	public byte[] csvZip(ReportDocument document) {
		return csv.render(document);
	}

	/**
	 * A file name for a download, without extension: the title in lower case with hyphens, then the
	 * date, such as {@code charnwood-strategic-assessment-2026-2026-11-26}.
	 */
	public static String fileName(ReportDocument document) {
		String ascii = Normalizer.normalize(document.title(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return (slug.isEmpty() ? "report" : slug) + "-" + document.date();
	}

}
