package org.homewatch.core.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Report;
import org.homewatch.model.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class HtmlExportTest {
  private final Report report = SampleReports.province();

  /** Each {@code <svg>…</svg>} of the page, parsed as a standalone XML document. */
  static List<org.w3c.dom.Document> svgs(String page) throws Exception {
    List<org.w3c.dom.Document> docs = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    int from = 0;
    while ((from = page.indexOf("<svg", from)) >= 0) {
      int end = page.indexOf("</svg>", from) + "</svg>".length();
      docs.add(factory.newDocumentBuilder().parse(new ByteArrayInputStream(
          page.substring(from, end).getBytes(StandardCharsets.UTF_8))));
      from = end;
    }
    return docs;
  }

  static List<org.w3c.dom.Element> bars(org.w3c.dom.Document svg) {
    NodeList rects = svg.getElementsByTagNameNS(SvgCharts.SVG_NS, "rect");
    List<org.w3c.dom.Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      org.w3c.dom.Element r = (org.w3c.dom.Element) rects.item(i);
      if ("bar".equals(r.getAttribute("class"))) {
        bars.add(r);
      }
    }
    return bars;
  }

  @Test
  @DisplayName("the page is self-contained: no script, no stylesheet or font link, no external source")
  void selfContained(@TempDir Path dir) throws Exception {
    Path file = HtmlExport.write(report, dir, "gia-lai", ExportLanguage.VIETNAMESE);
    Document page = Jsoup.parse(Files.readString(file));
    assertEquals(0, page.select("script, link, iframe, object, embed, img").size());
    assertEquals(0, page.select("[src], [href]").size());
    assertTrue(page.select("style").outerHtml().indexOf("url(") < 0, "no url() in the styles");
    assertEquals("vi", page.select("html").attr("lang"));
    assertEquals(3, page.select("svg").size());
  }

  @Test
  @DisplayName("the commune table is sorted worst first and shows the report's numbers")
  void communeTable() {
    Document page = Jsoup.parse(HtmlExport.render(report, ExportLanguage.ENGLISH));
    List<Element> rows = page.select("#table-communes tbody tr");
    assertEquals(List.of("23941", "23944", "23945"), rows.stream().map(r -> r.child(0).text()).toList());
    assertEquals("41.7 %", rows.get(0).child(6).text());
    assertEquals("30", rows.get(0).child(5).text(), "declarations received by Thị trấn Chư Sê");
    assertEquals("Huyện Chư Sê", rows.get(0).child(2).text());
    assertEquals(Long.toString(report.root().period().alerts().openedTotal()),
        page.select("[data-figure=alerts]").text());
  }

  @Test
  @DisplayName("the charts, read as XML, carry the report's compliance, alerts by severity and times to acknowledge")
  void chartsMatchTheReport() throws Exception {
    List<org.w3c.dom.Document> charts = svgs(HtmlExport.render(report, ExportLanguage.VIETNAMESE));
    List<org.w3c.dom.Element> compliance = bars(charts.get(0));
    assertEquals(report.root().days().size(), compliance.size());
    for (int i = 0; i < compliance.size(); i++) {
      DayFigures d = report.root().days().get(i);
      assertEquals(d.day().toString(), compliance.get(i).getAttribute("data-day"));
      assertEquals(d.figures().declarations().complianceRate().orElseThrow() * 100,
          Double.parseDouble(compliance.get(i).getAttribute("data-value")), 0.05);
    }
    for (org.w3c.dom.Element bar : bars(charts.get(1))) {
      DayFigures d = report.root().days().stream()
          .filter(x -> x.day().toString().equals(bar.getAttribute("data-day"))).findFirst().orElseThrow();
      Severity s = Severity.valueOf(bar.getAttribute("data-severity"));
      assertEquals(d.figures().alerts().openedWith(s), Long.parseLong(bar.getAttribute("data-value")));
    }
    assertEquals(report.root().days().size() * 3, bars(charts.get(1)).size());
    List<org.w3c.dom.Element> ack = bars(charts.get(2));
    for (org.w3c.dom.Element bar : ack) {
      var durations = report.root().period().alerts().toAcknowledge()
          .get(Integer.parseInt(bar.getAttribute("data-level")));
      Duration expected = bar.getAttribute("data-measure").equals("median") ? durations.median().orElseThrow()
          : durations.p90().orElseThrow();
      assertEquals(expected.toMinutes(), Long.parseLong(bar.getAttribute("data-value")));
    }
    assertEquals(4, ack.size(), "median and P90 at the commune and at the district");
  }

  @Test
  @DisplayName("headers are Vietnamese by default and English on request")
  void languages() {
    assertTrue(Jsoup.parse(HtmlExport.render(report, ExportLanguage.VIETNAMESE)).select("#table-communes th")
        .eachText().contains("Tỷ lệ tuân thủ"));
    assertTrue(Jsoup.parse(HtmlExport.render(report, ExportLanguage.ENGLISH)).select("#table-communes th")
        .eachText().contains("Compliance"));
  }

  @Test
  @DisplayName("a folder that cannot be written is named")
  void unwritable(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    ExportException e = assertThrows(ExportException.class,
        () -> HtmlExport.write(report, file.resolve("sub"), "r", ExportLanguage.ENGLISH));
    assertTrue(e.getMessage().contains(file.resolve("sub").toAbsolutePath().toString()));
  }
}
