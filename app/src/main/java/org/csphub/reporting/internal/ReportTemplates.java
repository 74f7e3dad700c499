package org.csphub.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.ReportView;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The reporting module's own Thymeleaf engine (Spring's expression language, no application context):
 * the HTML fragment {@code templates/reporting/report.html} rendered on its own, and the PDF's XHTML
 * template {@code templates/reporting/pdf/report.xhtml} in XML mode, so its output is always
 * well-formed for openhtmltopdf. Pages of the application include the same fragment through the
 * application's engine.
 */
public final class ReportTemplates {

	static final String PDF_TEMPLATE = "reporting/pdf/report";

	private static final String FRAGMENT_CALL = "<th:block th:replace=\"~{reporting/report :: report(${document})}\"></th:block>";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final String pdfCss;

	public ReportTemplates() {
		ClassLoaderTemplateResolver xhtml = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
		xhtml.setPrefix("templates/");
		xhtml.setSuffix(".xhtml");
		xhtml.setTemplateMode(TemplateMode.XML);
		xhtml.setCharacterEncoding("UTF-8");
		xhtml.setResolvablePatterns(Set.of("reporting/pdf/*"));
		xhtml.setCheckExistence(true);
		xhtml.setOrder(1);
		ClassLoaderTemplateResolver html = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
		html.setPrefix("templates/");
		html.setSuffix(".html");
		html.setTemplateMode(TemplateMode.HTML);
		html.setCharacterEncoding("UTF-8");
		html.setResolvablePatterns(Set.of("reporting/*"));
		html.setCheckExistence(true);
		html.setOrder(2);
		StringTemplateResolver inline = new StringTemplateResolver();
		inline.setTemplateMode(TemplateMode.HTML);
		inline.setOrder(3);
		engine.addTemplateResolver(xhtml);
		engine.addTemplateResolver(html);
		engine.addTemplateResolver(inline);
		engine.setEnableSpringELCompiler(true);
		pdfCss = resource("templates/reporting/pdf/report.css");
	}

	/** The HTML fragment {@code reporting/report :: report(document)} on its own. */
	public String html(ReportDocument document) {
		Context context = new Context(java.util.Locale.UK, Map.of("document", document));
		return engine.process(FRAGMENT_CALL, context);
	}

	/** The PDF's XHTML. */
	public String pdfXhtml(ReportDocument document) {
		Context context = new Context(java.util.Locale.UK,
				Map.of("document", document, "view", ReportView.of(document), "css", pdfCss));
		return engine.process(PDF_TEMPLATE, context);
	}

	static String resource(String name) {
		try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
