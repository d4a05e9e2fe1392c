package org.homewatch.core.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.World;
import org.homewatch.core.notify.Texts;
import org.homewatch.core.rules.JsonRuleSet;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.Symptom;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.8: an integrator overrides any text with a bundle of their own, and a province's rule set brings its own
 * messages, both named on the builder and looked up before Homewatch's texts.
 */
class TextOverridesTest {
  private static final String PORTAL = "org.homewatch.core.texts.portal";
  private static final String PROVINCE = "org.homewatch.core.texts.province";
  private static final Locale VI = Person.VIETNAMESE;

  private static JsonRuleSet provinceRules() {
    try (InputStream in = TextOverridesTest.class.getResourceAsStream("province-rules.json")) {
      return RuleSets.load("province-rules.json", in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("an integrator's bundle replaces a template, a name, a rule's text and a validation message in each "
      + "language it has them in, and leaves every other text as Homewatch's")
  void overridesFirst() {
    try (World world = new World(b -> b.texts(PORTAL))) {
      Texts texts = world.homewatch.texts();
      assertTrue(texts.template("reminder.declare", VI).startsWith("[Sở Y tế Gia Lai] Nhắc khai báo y tế"));
      assertTrue(texts.template("reminder.declare", Locale.ENGLISH).startsWith("[Gia Lai Health Department]"));
      assertEquals("KHẨN CẤP", texts.template("severity.EMERGENCY", new Locale("vi", "VN")));
      assertEquals("Emergency", texts.template("severity.EMERGENCY", Locale.ENGLISH),
          "an override in Vietnamese only is never shown to an English reader");
      assertEquals("Theo dõi", texts.template("severity.WATCH", VI));
      assertEquals("SpO2 dưới 94%: gọi ngay 115 hoặc Trạm y tế", texts.ruleMessage("rules.spo2.very_low", VI)
          .orElseThrow());
      assertEquals("SpO2 below 94 %: emergency (call 115)", texts.ruleMessage("rules.spo2.very_low",
          Locale.ENGLISH).orElseThrow());
      ValidationException.Violation range = new ValidationException.Violation("vitals.spo2Percent",
          "homewatch.validation.range", "spo2Percent must be 50 to 100, was 30");
      assertEquals("Giá trị không hợp lệ, vui lòng đo lại.", texts.violation(range, VI));
      assertEquals("Not a valid reading, please measure again.", texts.violation(range, Locale.ENGLISH));
      ValidationException.Violation future = new ValidationException.Violation("p",
          "homewatch.validation.birthDate.future", "x");
      assertEquals(future.message(VI), texts.violation(future, VI), "a key without an override reads ours");

      IsolationCase c = world.registerF2("Đặng Thu Hà", World.COMMUNE_A);
      world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2021-08-16T04:05:00Z")));
      world.homewatch.schedule().sendReminders(world.system, PageRequest.first(100), Duration.ofMinutes(15));
      world.homewatch.notifications().dispatch(world.system, 100);
      List<String> sent = world.sms.sentTo(c.person().phone().e164()).stream().map(Notification::text).toList();
      assertEquals(List.of("[Sở Y tế Gia Lai] Nhắc khai báo y tế: vui lòng khai báo trước 12:00 hôm nay (hồ sơ "
          + c.id().toString().substring(0, 8) + ")."), sent);
    }
  }

  @Test
  @DisplayName("a province rule's own message key reads from the province's bundle, in Vietnamese and English, in "
      + "the nurse's page and in homewatch.texts(), never as the raw key")
  void provinceRuleMessages() {
    try (World world = new World(b -> b.ruleSet(provinceRules()).ruleMessages(PROVINCE))) {
      assertEquals("Fever with night sweats: the health station calls back the same day",
          world.homewatch.texts().ruleMessage("gialai.rules.night_sweats", Locale.ENGLISH).orElseThrow());
      IsolationCase c = world.registerF2("Đặng Thu Hà", World.COMMUNE_A);
      world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal(), Symptom.FEVER,
          new Symptom("night_sweats")));
      world.homewatch.notifications().dispatch(world.system, 100);
      List<String> pages = world.channel.sentTo("nurse-a").stream().map(Notification::text).toList();
      assertEquals(1, pages.size(), pages.toString());
      assertTrue(pages.get(0).contains("Sốt kèm đổ mồ hôi đêm: trạm y tế gọi lại trong ngày"), pages.get(0));
      assertFalse(pages.get(0).contains("gialai.rules"), pages.get(0));
    }
  }

  @Test
  @DisplayName("a rule set whose own message key has no text is refused when Homewatch is built, naming the rule, "
      + "the key and the builder option that fixes it")
  void provinceRuleWithoutTextRefused() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> new World(b -> b.ruleSet(provinceRules())));
    assertTrue(e.getMessage().contains("gia-lai.night_sweats (gialai.rules.night_sweats)=vi, en")
        && e.getMessage().contains("ruleMessages("), e.getMessage());
  }

  @Test
  @DisplayName("a bundle that is not on the class path, or one given twice, is refused with its name")
  void badBundles() {
    ConfigurationException missing = assertThrows(ConfigurationException.class,
        () -> new World(b -> b.texts("org.homewatch.core.texts.nosuch")));
    assertTrue(missing.getMessage().contains("org/homewatch/core/texts/nosuch.properties"), missing.getMessage());
    ConfigurationException twice = assertThrows(ConfigurationException.class,
        () -> Homewatch.builder().ruleMessages(PROVINCE).ruleMessages(PROVINCE));
    assertTrue(twice.getMessage().contains("ruleMessages") && twice.getMessage().contains(PROVINCE),
        twice.getMessage());
  }
}
