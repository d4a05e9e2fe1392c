package org.homewatch.examples.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal driven through a headless browser (HtmlUnit, JavaScript off: the pages need none), against the
 * application started on a random port with its seeded Gia Lai world.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:portal-test-${random.uuid};DB_CLOSE_DELAY=-1")
class PortalBrowserTest {
  @LocalServerPort
  int port;

  private WebClient browser;

  @BeforeEach
  void openBrowser() {
    browser = new WebClient();
    browser.getOptions().setJavaScriptEnabled(false);
    browser.getOptions().setCssEnabled(false);
    browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  @DisplayName("A citizen declares SpO2 93; the nurse finds it at the top of her queue, acknowledges and resolves it, "
      + "and the case page shows the declaration and how the alert was settled")
  void spo2NinetyThreeFromDeclarationToResolvedAlert() throws Exception {
    HtmlPage form = loginAs("nguoidan.1");
    assertEquals("/khai-bao", form.getUrl().getPath());
    HtmlForm declaration = form.getHtmlElementById("declaration-form");
    declaration.getInputByName("temperature").setValue("37,2");
    declaration.getInputByName("spo2").setValue("93");
    declaration.getTextAreaByName("note").setText("<b>hơi khó thở</b>");
    HtmlPage declared = form.getHtmlElementById("send").click();
    assertEquals("Cấp cứu", text(declared, "severity"));

    logOut(declared);
    HtmlPage queue = loginAs(DemoWorld.NURSE);
    assertEquals("/canh-bao", queue.getUrl().getPath());
    List<HtmlTableRow> rows = queueRows(queue);
    assertTrue(rows.size() >= 2, "the seeded ABNORMAL alert is in the queue too, below: " + rows.size());
    HtmlTableRow top = rows.get(0);
    assertEquals("Rơ Mah H'Hen", cell(top, "case-link"));
    assertEquals("Cấp cứu", cell(top, "severity"));
    assertTrue(cell(top, "summary").contains("93"), cell(top, "summary"));
    assertEquals("Bất thường", cell(rows.get(1), "severity"));

    HtmlForm acknowledge = top.getFirstByXPath(".//form[@class='acknowledge']");
    HtmlPage acknowledged = button(acknowledge).click();
    assertEquals("Đã tiếp nhận cảnh báo.", text(acknowledged, "notice"));
    top = queueRows(acknowledged).get(0);
    assertEquals("Rơ Mah H'Hen", cell(top, "case-link"));
    assertEquals("Đã tiếp nhận", cell(top, "status"));

    HtmlForm resolve = top.getFirstByXPath(".//form[@class='resolve']");
    HtmlSelect outcome = resolve.getSelectByName("outcome");
    outcome.setSelectedAttribute("HOME_VISIT", true);
    resolve.getInputByName("note").setValue("Đã đến nhà, cho thở oxy, theo dõi tiếp");
    HtmlPage resolved = button(resolve).click();
    assertEquals("Đã xử lý cảnh báo.", text(resolved, "notice"));
    assertTrue(queueRows(resolved).stream().noneMatch(r -> cell(r, "case-link").equals("Rơ Mah H'Hen")),
        "a resolved alert leaves the queue");

    HtmlPage lineList = resolved.getAnchorByText("Danh sách ca").click();
    HtmlPage casePage = lineList.getAnchorByText("Rơ Mah H'Hen").click();
    assertEquals("Rơ Mah H'Hen", text(casePage, "case-name"));
    HtmlTableRow declarationRow = casePage.getFirstByXPath("//table[@id='declarations']/tbody/tr");
    assertEquals("93 %", cell(declarationRow, "spo2"));
    assertEquals("Cấp cứu", cell(declarationRow, "assessment"));
    // The citizen's note is shown as she typed it, markup and all, and is no markup of the page.
    assertEquals("<b>hơi khó thở</b>", cell(declarationRow, "note"));
    assertTrue(declarationRow.getElementsByTagName("b").isEmpty(), "the note's <b> is text, not an element");
    HtmlTableRow alertRow = casePage.getFirstByXPath("//table[@id='case-alerts']/tbody/tr");
    assertEquals("Đã xử lý", cell(alertRow, "status"));
    assertEquals("Đến nhà thăm khám", cell(alertRow, "outcome"));
    assertTrue(alertRow.asNormalizedText().contains("Đến nhà kiểm tra"), alertRow.asNormalizedText());
    HtmlTableRow registered = casePage.getFirstByXPath("//table[@id='case-history']/tbody/tr");
    assertTrue(cell(registered, "detail").startsWith("Quyết định "), cell(registered, "detail"));
  }

  @Test
  @DisplayName("The nurse of Ia Tiêm opening a case of Thị trấn Chư Sê is refused by Homewatch and told so in "
      + "Vietnamese")
  void aNurseSeesNoCaseOutsideHerCommune() throws Exception {
    HtmlPage lineList = browser.getPage(loginAs(DemoWorld.NURSE).getUrl().toString().replace("/canh-bao", "/ca-benh"));
    String caseOfThiTran = lineList.getAnchorByText("Trần Thị Mai").getHrefAttribute();
    logOut(lineList);

    loginAs(DemoWorld.NURSE_IA_TIEM);
    HtmlPage refused = browser.getPage(url(caseOfThiTran));
    assertEquals(403, refused.getWebResponse().getStatusCode());
    assertTrue(text(refused, "error-message").contains("không có quyền"), text(refused, "error-message"));
    assertTrue(refused.asNormalizedText().indexOf("Trần Thị Mai") < 0, "nothing of the case is shown");
  }

  @Test
  @DisplayName("Lists follow the account's unit: the commune nurse sees her three cases by name, the district "
      + "supervisor all four and the commune's alert with names and phones masked")
  void theLineListFollowsThePrincipalsScope() throws Exception {
    HtmlPage nurse = browser.getPage(loginAs(DemoWorld.NURSE).getUrl().toString().replace("/canh-bao", "/ca-benh"));
    List<HtmlTableRow> nurseRows = nurse.getByXPath("//table[@id='line-list']/tbody/tr");
    assertEquals(3, nurseRows.size());
    assertTrue(nurse.asNormalizedText().contains("Trần Thị Mai"));
    assertTrue(nurse.asNormalizedText().indexOf("Ksor Y Nhi") < 0, "Ia Tiêm's case is not hers");
    logOut(nurse);

    HtmlPage districtQueue = loginAs(DemoWorld.DISTRICT_SUPERVISOR);
    HtmlTableRow seeded = queueRows(districtQueue).stream()
        .filter(r -> cell(r, "case-link").equals("N. V. Tâm")).findFirst().orElseThrow();
    assertEquals("Thị trấn Chư Sê", cell(seeded, "responsible"));
    assertTrue(cell(seeded, "phone").contains("*"), "the phone is masked: " + cell(seeded, "phone"));
    HtmlPage district = districtQueue.getAnchorByText("Danh sách ca").click();
    List<HtmlTableRow> districtRows = district.getByXPath("//table[@id='line-list']/tbody/tr");
    assertEquals(4, districtRows.size());
    assertTrue(district.asNormalizedText().indexOf("Trần Thị Mai") < 0, "names are masked above the commune");
  }

  @Test
  @DisplayName("A form posted without the session's form token is refused and changes nothing")
  void aPostWithoutTheFormTokenIsRefused() throws Exception {
    HtmlPage queue = loginAs(DemoWorld.NURSE);
    HtmlTableRow seeded = queueRows(queue).stream()
        .filter(r -> cell(r, "case-link").equals("Nguyễn Văn Tâm")).findFirst().orElseThrow();
    HtmlForm acknowledge = seeded.getFirstByXPath(".//form[@class='acknowledge']");
    WebRequest forged = new WebRequest(url(acknowledge.getActionAttribute()), HttpMethod.POST);
    forged.setRequestParameters(List.of(new NameValuePair("version", acknowledge.getInputByName("version").getValue())));
    assertEquals(403, browser.getPage(forged).getWebResponse().getStatusCode());

    HtmlPage after = browser.getPage(url("/canh-bao"));
    HtmlTableRow still = queueRows(after).stream()
        .filter(r -> cell(r, "case-link").equals("Nguyễn Văn Tâm")).findFirst().orElseThrow();
    assertEquals("Chưa tiếp nhận", cell(still, "status"));
  }

  @Test
  @DisplayName("Pressing 'Gửi' twice on one form stores one declaration: the second answer is the first one's")
  void aFormSentTwiceIsOneDeclaration() throws Exception {
    HtmlPage form = loginAs("nguoidan.3");
    HtmlForm declaration = form.getHtmlElementById("declaration-form");
    declaration.getInputByName("temperature").setValue("36.6");
    HtmlPage first = form.getHtmlElementById("send").click();
    assertEquals("Bình thường", text(first, "severity"));
    HtmlPage second = form.getHtmlElementById("send").click();
    assertTrue(second.getElementById("duplicate") != null, "the second answer says it is the first one's");
    HtmlPage again = browser.getPage(url("/khai-bao"));
    assertEquals(2, again.getByXPath("//ul[@id='recent']/li").size(), "the seeded declaration and this one");
  }

  @Test
  @DisplayName("An SpO2 of 120 is refused with the plausible range named, and nothing is stored")
  void anImplausibleReadingIsRefusedOnTheForm() throws Exception {
    HtmlPage form = loginAs("nguoidan.4");
    HtmlForm declaration = form.getHtmlElementById("declaration-form");
    declaration.getInputByName("spo2").setValue("120");
    HtmlPage refused = form.getHtmlElementById("send").click();
    assertTrue(text(refused, "errors").contains("SpO2 phải từ 50 đến 100 %"), text(refused, "errors"));
    assertEquals("120", ((HtmlForm) refused.getHtmlElementById("declaration-form")).getInputByName("spo2").getValue(),
        "what she typed stays in the form");
    assertEquals(1, refused.getByXPath("//ul[@id='recent']/li").size(), "only the seeded declaration");
  }

  @Test
  @DisplayName("A made-up case address is answered with a plain Vietnamese page, not an exception")
  void aMalformedCaseIdIsAPlainRefusal() throws Exception {
    loginAs(DemoWorld.NURSE);
    HtmlPage refused = browser.getPage(url("/ca-benh/khong-phai-ma-ca"));
    assertEquals(400, refused.getWebResponse().getStatusCode());
    assertEquals("Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.", text(refused, "error-message"));
    HtmlPage unknown = browser.getPage(url("/ca-benh/" + java.util.UUID.randomUUID()));
    assertEquals(404, unknown.getWebResponse().getStatusCode());
    assertEquals("Không tìm thấy trang hoặc hồ sơ này.", text(unknown, "error-message"));
  }

  @Test
  @DisplayName("The starter's health indicator answers at /actuator/health: Homewatch is UP, with counts only")
  void healthShowsHomewatch() throws Exception {
    org.htmlunit.Page health = browser.getPage(url("/actuator/health"));
    assertEquals(200, health.getWebResponse().getStatusCode());
    String json = health.getWebResponse().getContentAsString();
    assertTrue(json.matches("(?s).*\"homewatch\":\\{\"status\":\"UP\".*"), json);
    assertTrue(json.contains("\"outboxPending\""), json);
    assertTrue(json.indexOf("H'Hen") < 0 && json.indexOf("+849") < 0, "no person in the details: " + json);
  }

  private HtmlPage loginAs(String account) throws Exception {
    HtmlPage login = browser.getPage(url("/"));
    assertEquals("/dang-nhap", login.getUrl().getPath());
    assertTrue(text(login, "demo-banner").contains("demo"), "the login page says it is a demo");
    HtmlRadioButtonInput choice = login.getHtmlElementById("account-" + account);
    choice.setChecked(true);
    return login.getHtmlElementById("login").click();
  }

  private HtmlPage logOut(HtmlPage page) throws Exception {
    return page.getHtmlElementById("logout").click();
  }

  private static HtmlButton button(HtmlForm form) {
    return form.getFirstByXPath(".//button");
  }

  private static List<HtmlTableRow> queueRows(HtmlPage queue) {
    return queue.getByXPath("//table[@id='queue']/tbody/tr");
  }

  private static String cell(HtmlTableRow row, String cssClass) {
    DomElement found = row.getFirstByXPath(".//*[contains(concat(' ', @class, ' '), ' " + cssClass + " ')]");
    assertTrue(found != null, "no ." + cssClass + " in the row");
    return found.getVisibleText().strip();
  }

  private static String text(HtmlPage page, String id) {
    return page.getHtmlElementById(id).getVisibleText().strip();
  }

  private URL url(String path) throws Exception {
    return new URL("http://localhost:" + port + path);
  }
}
