package org.homewatch.examples.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.homewatch.ValidationException.Violation;
import org.homewatch.core.Homewatch;
import org.homewatch.core.rules.RuleMessages;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Person;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese words the pages show for Homewatch's values, called from the templates as {@code @vn}. Only text
 * comes out of here; the templates escape it like everything else.
 */
@Component("vn")
public final class Vn {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
      .withZone(IsolationCase.DEFAULT_ZONE);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The symptoms the citizen's form offers, in the order it lists them. */
  public static final Map<Symptom, String> SYMPTOMS = orderedSymptoms();

  private final Homewatch homewatch;

  Vn(Homewatch homewatch) {
    this.homewatch = homewatch;
  }

  /**
   * What a case history entry says, in Vietnamese, whatever language the deployment stored it in.
   *
   * @param entry the entry
   * @return the detail
   */
  public String detail(CaseChange entry) {
    return homewatch.texts().detail(entry, Person.VIETNAMESE);
  }

  /**
   * What an alert's history step says, in Vietnamese, whatever language the deployment stored it in.
   *
   * @param step the step
   * @return the detail, empty for an acknowledgement
   */
  public String detail(AlertEvent step) {
    return homewatch.texts().detail(step, Person.VIETNAMESE);
  }

  /** The alert's line in Vietnamese, whatever language the deployment stores it in. */
  public String summary(Alert alert) {
    return homewatch.texts().summary(alert, Person.VIETNAMESE);
  }

  public String severity(Severity s) {
    return switch (s) {
      case NORMAL -> "Bình thường";
      case WATCH -> "Cần theo dõi";
      case ABNORMAL -> "Bất thường";
      case EMERGENCY -> "Cấp cứu";
    };
  }

  public String alertStatus(AlertStatus s) {
    return switch (s) {
      case OPEN -> "Chưa tiếp nhận";
      case ACKNOWLEDGED -> "Đã tiếp nhận";
      case RESOLVED -> "Đã xử lý";
    };
  }

  public String alertKind(AlertKind k) {
    return switch (k) {
      case HEALTH -> "Sức khỏe";
      case MISSED_DECLARATIONS -> "Bỏ khai báo";
      case OFF_SITE -> "Rời nơi cách ly";
      case PRESENCE_FAILED -> "Xác thực không đạt";
      case FEEDBACK -> "Phản ánh";
    };
  }

  public String outcome(AlertOutcome o) {
    return switch (o) {
      case CONTACTED_STABLE -> "Đã liên hệ, ổn định";
      case TREATED_AT_HOME -> "Tư vấn, cấp thuốc tại nhà";
      case HOME_VISIT -> "Đến nhà thăm khám";
      case TRANSFERRED_TO_HOSPITAL -> "Chuyển viện";
      case EMERGENCY_SERVICES_CALLED -> "Đã gọi cấp cứu 115";
      case FALSE_ALARM -> "Nhập sai, không có vấn đề";
      case CASE_CLOSED -> "Ca đã kết thúc";
      case OTHER -> "Khác";
    };
  }

  public String event(AlertEvent.Kind k) {
    return switch (k) {
      case OPENED -> "Mở";
      case RAISED -> "Nặng hơn";
      case ACKNOWLEDGED -> "Tiếp nhận";
      case ESCALATED -> "Chuyển tuyến trên";
      case RESOLVED -> "Xử lý xong";
      case TRANSFERRED -> "Chuyển xã";
      default -> k.name();
    };
  }

  public String caseStatus(CaseStatus s) {
    return switch (s) {
      case PENDING -> "Chưa bắt đầu";
      case ACTIVE -> "Đang theo dõi";
      case COMPLETED -> "Đã hoàn thành";
      case ESCALATED -> "Đã chuyển viện";
      case TRANSFERRED -> "Đã chuyển nơi";
      case CANCELLED -> "Đã hủy";
    };
  }

  public String category(CaseCategory c) {
    return switch (c) {
      case F1 -> "F1";
      case F2 -> "F2";
      case POST_FACILITY -> "Sau cách ly tập trung";
      case ENTRY -> "Nhập cảnh";
      case F0_HOME_CARE -> "F0 điều trị tại nhà";
      case OTHER -> "Khác";
    };
  }

  public String symptom(Symptom s) {
    return SYMPTOMS.getOrDefault(s, s.code());
  }

  /**
   * The text of a rule's finding in Vietnamese, as the SMS words it: the province's rule messages and the portal's
   * overrides given on the builder first, then core's own bundle.
   */
  public String finding(String messageKey) {
    return homewatch.texts().ruleMessage(messageKey, RuleMessages.VIETNAMESE).orElse(messageKey);
  }

  public String time(Instant at) {
    return TIME.format(at);
  }

  public String day(LocalDate day) {
    return DAY.format(day);
  }

  /** A unit's name ("Thị trấn Chư Sê"), or its code if the directory does not know it. */
  public String unit(JurisdictionPath unit) {
    return homewatch.jurisdictions().find(unit).map(Jurisdiction::name).orElse(unit.toString());
  }

  public String value(OptionalInt v, String unit) {
    return v.isPresent() ? v.getAsInt() + " " + unit : "–";
  }

  public String value(OptionalDouble v, String unit) {
    return v.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", v.getAsDouble()) + " " + unit : "–";
  }

  /** A refused field of the declaration form, in the words of the form. */
  public static String violation(Violation v) {
    String field = switch (v.path()) {
      case "vitals.temperatureCelsius" -> "Nhiệt độ phải từ 30 đến 45 °C";
      case "vitals.spo2Percent" -> "SpO2 phải từ 50 đến 100 %";
      case "vitals.respiratoryRatePerMinute" -> "Nhịp thở phải từ 4 đến 80 lần/phút";
      case "vitals.pulsePerMinute" -> "Mạch phải từ 20 đến 250 lần/phút";
      case "vitals.systolicMmHg", "vitals.diastolicMmHg" -> "Huyết áp không hợp lệ";
      case "vitals" -> "Hãy nhập ít nhất một chỉ số hoặc chọn một triệu chứng";
      case "note" -> "Ghi chú quá dài hoặc có ký tự không hợp lệ";
      default -> "Thông tin không hợp lệ (" + v.path() + ")";
    };
    return field;
  }

  private static Map<Symptom, String> orderedSymptoms() {
    java.util.LinkedHashMap<Symptom, String> m = new java.util.LinkedHashMap<>();
    m.put(Symptom.FEVER, "Sốt");
    m.put(Symptom.COUGH, "Ho");
    m.put(Symptom.SORE_THROAT, "Đau họng");
    m.put(Symptom.RUNNY_NOSE, "Sổ mũi");
    m.put(Symptom.FATIGUE, "Mệt mỏi");
    m.put(Symptom.HEADACHE, "Đau đầu");
    m.put(Symptom.BODY_ACHES, "Đau mỏi người");
    m.put(Symptom.LOSS_OF_TASTE_OR_SMELL, "Mất vị giác hoặc khứu giác");
    m.put(Symptom.DIARRHOEA, "Tiêu chảy");
    m.put(Symptom.VOMITING, "Nôn");
    m.put(Symptom.SHORTNESS_OF_BREATH, "Khó thở");
    m.put(Symptom.CHEST_PAIN, "Đau tức ngực");
    m.put(Symptom.CONFUSION, "Lú lẫn");
    m.put(Symptom.DROWSINESS, "Ngủ li bì, khó đánh thức");
    m.put(Symptom.CYANOSIS, "Môi, đầu chi tím tái");
    return java.util.Collections.unmodifiableMap(m);
  }
}
