package org.homewatch.core;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homewatch.ConfigurationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.AccountIdentity;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.core.alerts.AlertService;
import org.homewatch.core.alerts.internal.AlertDeliveryFollowUp;
import org.homewatch.core.alerts.internal.CaseAlertChanges;
import org.homewatch.core.alerts.internal.FindingSummary;
import org.homewatch.core.alerts.internal.LocalisedAlertSummaries;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.audit.AuditTrail;
import org.homewatch.core.cases.CaseCorrectionService;
import org.homewatch.core.cases.CaseLifecycleService;
import org.homewatch.core.cases.CaseService;
import org.homewatch.core.citizens.CitizenLinking;
import org.homewatch.core.citizens.CitizenService;
import org.homewatch.core.citizens.LinkCodePolicy;
import org.homewatch.core.citizens.internal.CitizenPrincipals;
import org.homewatch.core.citizens.internal.CodeHasher;
import org.homewatch.core.declarations.DeclarationService;
import org.homewatch.core.directory.AccountService;
import org.homewatch.core.directory.JurisdictionService;
import org.homewatch.core.directory.SchemeMigrationService;
import org.homewatch.core.feedback.FeedbackService;
import org.homewatch.core.notify.FailedDeliveries;
import org.homewatch.core.feedback.internal.FeedbackNotices;
import org.homewatch.core.internal.InputValidation;
import org.homewatch.core.internal.Metrics;
import org.homewatch.core.internal.MicrometerMetrics;
import org.homewatch.core.internal.Providers;
import org.homewatch.core.internal.RequiredStores;
import org.homewatch.core.internal.RuleMessagesCheck;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.notify.NotificationDispatcher;
import org.homewatch.core.notify.RetryPolicy;
import org.homewatch.core.notify.DeliveryFollowUp;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.core.notify.Texts;
import org.homewatch.core.notify.internal.BundleNotificationComposer;
import org.homewatch.core.notify.internal.OnDutyStaffNotifier;
import org.homewatch.core.reports.ReportService;
import org.homewatch.core.reports.internal.CountingStorage;
import org.homewatch.core.retention.RetentionPolicy;
import org.homewatch.core.retention.RetentionService;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.core.schedule.ScheduleService;
import org.homewatch.core.schedule.SpotCheckService;
import org.homewatch.core.schedule.internal.MissedDeclarationAlerts;
import org.homewatch.core.schedule.internal.PersonMessages;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.core.schedule.internal.PresenceVerification;
import org.homewatch.core.schedule.internal.RandomSpotCheckPlan;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.identity.IdentityProvider;
import org.homewatch.spi.identity.PresenceVerifier;
import org.homewatch.spi.identity.PrincipalResolver;
import org.homewatch.spi.identity.StaffDirectory;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.AlertChannelProvider;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.RetentionStore;
import org.homewatch.spi.storage.SpotCheckStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageProvider;
import org.jspecify.annotations.Nullable;

/**
 * Homewatch, embedded: build one per application with {@link #builder()} and share it; it is thread-safe.
 *
 * <pre>{@code
 * Homewatch homewatch = Homewatch.builder()
 *     .storage(storage)                    // e.g. new MemoryStorage() or JdbcStorage
 *     .channel(smsChannel)                 // one per medium, chosen by each contact point's channel name
 *     .clock(Clock.systemUTC())
 *     .build();
 * IsolationCase c = homewatch.cases().register(enroller, NewCase.of(person, CaseCategory.F2, decision, today));
 * }</pre>
 *
 * Every operation takes the acting {@link org.homewatch.model.Principal} and checks it before it reads or writes
 * anything. Background work ({@link NotificationDispatcher#dispatch}, {@link AlertService#escalateOverdue}) is
 * plain methods doing one bounded batch: call them from the scheduler you already have. Homewatch starts no
 * thread of its own, except a few daemon threads for the presence verifier's calls when one is plugged in (so that
 * a hung verifier cannot hold the caller past its timeout); {@link #close()} stops them.
 */
public final class Homewatch implements AutoCloseable {
  private final Storage storage;
  private final InputValidation validation;
  private final CaseService cases;
  private final DeclarationService declarations;
  private final AlertService alerts;
  private final NotificationDispatcher dispatcher;
  private final JurisdictionService jurisdictions;
  private final SchemeMigrationService schemeMigration;
  private final AccountService accounts;
  private final AuditTrail auditTrail;
  private final FeedbackService feedback;
  private final FailedDeliveries failedDeliveries;
  private final PrincipalResolver principals;
  private final RuleSet ruleSet;
  private final Texts texts;
  private final MonitoringPolicy policy;
  private final ScheduleService schedule;
  private final CaseLifecycleService lifecycle;
  private final CaseCorrectionService corrections;
  private final @Nullable SpotCheckService spotChecks;
  private final boolean hasRandomSpotChecks;
  private final PresenceVerification presenceVerification;
  private final @Nullable ReportService reports;
  private final CitizenService citizens;
  private final @Nullable CitizenLinking citizenLinking;
  private final @Nullable RetentionService retention;
  private final Metrics metrics;

  private Homewatch(Builder b, Storage given) {
    Clock clock = b.clock != null ? b.clock : Clock.systemUTC();
    // with reports on, every transaction is watched and moves the report counters before it commits
    Storage storage = b.reportsOn() ? new CountingStorage(given, clock) : given;
    this.storage = storage;
    AccountIdentity accountIdentity = new AccountIdentity(storage);
    StaffDirectory staff = b.staffDirectory != null ? b.staffDirectory : accountIdentity;
    this.principals = new CitizenPrincipals(storage, b.identityProvider);
    this.ruleSet = b.ruleSet != null ? b.ruleSet : RuleSets.moh261();
    AlertPolicy alertPolicy = b.alertPolicy != null ? b.alertPolicy : AlertPolicy.defaults();
    Locale locale = b.locale != null ? b.locale : new Locale("vi", "VN");
    this.texts = b.texts();
    AccessControl access = new AccessControl();
    AuditLog audit = new AuditLog(clock);
    // MicrometerMetrics is named only on this branch, so its class (and Micrometer's) loads only with a registry.
    this.metrics = b.meterRegistry == null ? Metrics.NONE
        : MicrometerMetrics.create(b.meterRegistry, storage, clock, Optional.ofNullable(b.metricsScope));
    Transactions transactions = new Transactions(storage, audit, metrics);
    this.validation = new InputValidation();
    NotificationComposer composer = new BundleNotificationComposer(texts);
    FindingSummary findingSummary = new FindingSummary(composer, texts);
    StaffNotifier notifier = new OnDutyStaffNotifier(staff, composer,
        new LocalisedAlertSummaries(findingSummary, texts, locale));
    HistoryDetails details = new HistoryDetails(composer, locale);
    CaseAlertChanges caseAlerts =
        new CaseAlertChanges(alertPolicy, notifier, findingSummary, composer, locale, details, audit);
    this.policy = b.monitoringPolicy != null ? b.monitoringPolicy : MonitoringPolicy.shipped();
    this.cases = new CaseService(transactions, access, audit, validation, policy, clock, details);
    this.declarations = new DeclarationService(transactions, access, audit, validation, ruleSet, caseAlerts, clock);
    this.alerts = new AlertService(transactions, access, audit, alertPolicy, notifier, composer, locale, clock);
    PersonMessages personMessages = new PersonMessages(composer, b.personChannel());
    this.schedule = new ScheduleService(transactions, access, audit, policy,
        new MissedDeclarationAlerts(caseAlerts, audit, composer, locale), personMessages, clock);
    this.hasRandomSpotChecks = b.randomSpotChecks != null;
    this.presenceVerification = b.presenceVerifier == null ? PresenceVerification.none()
        : PresenceVerification.through(b.presenceVerifier, b.presenceVerificationTimeout != null
            ? b.presenceVerificationTimeout : Builder.DEFAULT_PRESENCE_VERIFICATION_TIMEOUT);
    this.spotChecks = b.spotChecksOn() ? new SpotCheckService(transactions, access, audit, policy, personMessages,
        caseAlerts, presenceVerification, clock, details,
        Optional.ofNullable(b.randomSpotChecks).map(RandomSpotCheckPlan::of)) : null;
    this.lifecycle = new CaseLifecycleService(transactions, access, audit, schedule,
        caseAlerts, clock, details);
    this.corrections = new CaseCorrectionService(transactions, access, audit, policy, clock, details);
    FeedbackNotices feedbackNotices = new FeedbackNotices(notifier, composer, b.personChannel(), locale);
    Map<String, AlertChannel> channels = new LinkedHashMap<>();
    b.channels.forEach((name, channel) -> channels.put(name, metrics.observed(channel)));
    this.dispatcher = new NotificationDispatcher(transactions, access, channels,
        b.retryPolicy != null ? b.retryPolicy : RetryPolicy.defaults(),
        b.outboxLease != null ? b.outboxLease : Builder.DEFAULT_OUTBOX_LEASE,
        b.nodeId != null ? b.nodeId : "node-" + UUID.randomUUID(),
        // a message to a person written before their phone was corrected goes to the corrected phone (13.4)
        DeliveryFollowUp.all(List.of(new AlertDeliveryFollowUp(alertPolicy, caseAlerts, audit),
            DeliveryFollowUp.redirecting(personMessages::redirect),
            DeliveryFollowUp.redirecting(feedbackNotices::redirect))), notifier, clock);
    this.jurisdictions = new JurisdictionService(transactions, access, audit);
    this.schemeMigration = new SchemeMigrationService(transactions, access, audit, caseAlerts, clock);
    this.accounts = new AccountService(transactions, access, audit, b.channels.keySet());
    this.auditTrail = new AuditTrail(transactions, access, audit);
    this.feedback = new FeedbackService(transactions, access, audit,
        feedbackNotices, caseAlerts,
        b.feedbackAnswerWithin != null ? b.feedbackAnswerWithin : Builder.DEFAULT_FEEDBACK_ANSWER_WITHIN, clock);
    this.failedDeliveries = new FailedDeliveries(transactions, access, audit, clock);
    this.reports = b.reportsOn() ? new ReportService(transactions, access, audit, cases, schedule, clock) : null;
    this.citizens = new CitizenService(transactions, access, audit, schedule, clock);
    this.citizenLinking = b.citizenSecret == null || b.citizenUnit == null ? null
        : new CitizenLinking(transactions, audit, composer, new CodeHasher(b.citizenSecret), b.linkCodePolicy != null
            ? b.linkCodePolicy : LinkCodePolicy.defaults(), b.citizenUnit, b.personChannel(), locale, clock);
    this.retention = b.retentionOn() ? new RetentionService(transactions, access, audit,
        b.retentionPolicy != null ? b.retentionPolicy : RetentionPolicy.defaults(), clock, details) : null;
  }

  /**
   * A builder with every option at its default, except the storage, which must be given.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Registering cases, reading them, line lists and search, and corrections by staff.
   *
   * @return the case service
   */
  public CaseService cases() {
    return cases;
  }

  /**
   * The life of a case after registration: activation, completion (background batches), escalation, transfer,
   * cancellation, extending or shortening the period.
   *
   * @return the case lifecycle service
   */
  public CaseLifecycleService lifecycle() {
    return lifecycle;
  }

  /**
   * Staff correct what was registered wrong: phone, address, home location, name, national id, category (with the
   * period and schedule that follow), schedule, risk factors, household head; each with a reason, version-checked,
   * kept in the case's history and audited.
   *
   * @return the corrections service
   */
  public CaseCorrectionService corrections() {
    return corrections;
  }

  /**
   * Submitting declarations (one or a batch), judged by the rule set as they arrive, and reading them back.
   *
   * @return the declaration service
   */
  public DeclarationService declarations() {
    return declarations;
  }

  /**
   * The alert queue: acknowledge, resolve and transfer alerts, and the escalation and follow-up batches.
   *
   * @return the alert service
   */
  public AlertService alerts() {
    return alerts;
  }

  /**
   * Schedules at work: compliance, the missed-declaration sweep and reminders (background batches: call them
   * from your scheduler).
   *
   * @return the schedule service
   */
  public ScheduleService schedule() {
    return schedule;
  }

  /**
   * Spot checks: staff (or a random spot-check policy) ask a person to check in now; the presence verifier settles
   * them, and unanswered or unverified ones open PRESENCE_FAILED alerts.
   *
   * @return the spot-check service
   * @throws ConfigurationException if this instance was built with {@code spotChecks(false)}
   */
  public SpotCheckService spotChecks() {
    if (spotChecks == null) {
      throw new ConfigurationException("spot checks are off: this Homewatch was built with spotChecks(false)");
    }
    return spotChecks;
  }

  /**
   * Reports for the province and its Department of Information and Communications, read from the report counters.
   *
   * @return the report service
   * @throws ConfigurationException if this instance was built with {@code reports(false)}
   */
  public ReportService reports() {
    if (reports == null) {
      throw new ConfigurationException("reports are off: this Homewatch was built with reports(false)");
    }
    return reports;
  }

  /**
   * What a citizen sees of their own monitoring: their cases and their household's, today's windows, their feedback
   * with replies. Resolve the citizen with {@link #principals()}.
   *
   * @return the citizens' views
   */
  public CitizenService citizens() {
    return citizens;
  }

  /**
   * Linking a citizen's login to their person by a one-time code sent to their phone.
   *
   * @return the linking service
   * @throws ConfigurationException if this instance was built without {@code citizenCodes(..)}
   */
  public CitizenLinking citizenLinking() {
    if (citizenLinking == null) {
      throw new ConfigurationException("citizens' one-time codes are off: build Homewatch with "
          + "citizenCodes(secret, servedUnit) to link citizens by phone, or map your portal's login with "
          + "identityProvider(..)");
    }
    return citizenLinking;
  }

  /**
   * The retention purge under Decree 13/2023: closed cases' personal data anonymised after their retention,
   * finished messages and old audit events removed (README "Retention (Decree 13/2023)").
   *
   * @return the retention service
   * @throws ConfigurationException if this instance was built with {@code retention(false)}
   */
  public RetentionService retention() {
    if (retention == null) {
      throw new ConfigurationException("the retention purge is off: this Homewatch was built with retention(false)");
    }
    return retention;
  }

  /** Whether the retention purge is on, for the background scheduler. */
  boolean hasRetention() {
    return retention != null;
  }

  /** The metrics (or none), for the background scheduler's jobs. */
  Metrics metrics() {
    return metrics;
  }

  /** Whether reports are on, for the background scheduler. */
  boolean hasReports() {
    return reports != null;
  }

  /** Whether spot checks are on, for the background scheduler. */
  boolean hasSpotChecks() {
    return spotChecks != null;
  }

  /** Whether a random spot-check policy is set (spot checks are then on), for the background scheduler. */
  boolean hasRandomSpotChecks() {
    return hasRandomSpotChecks;
  }

  /**
   * The monitoring policy: schedules, durations and missed-declaration thresholds per province and category.
   *
   * @return the policy
   */
  public MonitoringPolicy monitoringPolicy() {
    return policy;
  }

  /**
   * The outbox dispatcher: call {@code dispatch} on a schedule (every few seconds) on one or more nodes.
   *
   * @return the dispatcher
   */
  public NotificationDispatcher notifications() {
    return dispatcher;
  }

  /**
   * Messages that failed for good: listed and re-queued by administrators in scope.
   *
   * @return the failed-delivery list
   */
  public FailedDeliveries failedDeliveries() {
    return failedDeliveries;
  }

  /**
   * Citizens' feedback (phản ánh) and the health station's answers.
   *
   * @return the feedback service
   */
  public FeedbackService feedback() {
    return feedback;
  }

  /**
   * The administrative units: importing them (a whole scheme in one call) and reading them.
   *
   * @return the unit service
   */
  public JurisdictionService jurisdictions() {
    return jurisdictions;
  }

  /**
   * Moving cases and accounts from one administrative scheme to the next (GSO 2021 → 2025), in batches.
   *
   * @return the scheme migration service
   */
  public SchemeMigrationService schemeMigration() {
    return schemeMigration;
  }

  /**
   * Staff accounts: create, update, deactivate, transfer and read them, in the administrator's scope.
   *
   * @return the account service
   */
  public AccountService accounts() {
    return accounts;
  }

  /**
   * The audit trail, read by case, by actor, and by unit subtree and period (supervisors and administrators).
   *
   * @return the audit trail
   */
  public AuditTrail audit() {
    return auditTrail;
  }

  /**
   * Resolves the portal's authenticated subject to a principal: through the {@link IdentityProvider} if one was
   * registered, else a staff account of that id, else a citizen linked by a one-time code.
   *
   * @return the resolver
   */
  public PrincipalResolver principals() {
    return principals;
  }

  /**
   * The rule set declarations are judged by.
   *
   * @return the current rule set
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * The texts people read, with the integrator's overrides and the province's rule messages given on the builder:
   * for a portal to show a finding, a validation failure or a name in its reader's language, in the same words as
   * the messages Homewatch sends.
   *
   * @return the texts of this instance
   */
  public Texts texts() {
    return texts;
  }

  /** Closes the storage (and with it every connection), and stops the presence verifier's threads. */
  @Override
  public void close() {
    presenceVerification.close();
    metrics.close();
    validation.close();
    storage.close();
  }

  /**
   * Configures a {@link Homewatch}. Each option may be set once; setting it again is a mistake in the wiring and
   * fails at once, naming the value already set. Not thread-safe: build on one thread, then share the result.
   */
  public static final class Builder {
    private @Nullable Storage storage;
    private final Map<String, AlertChannel> channels = new LinkedHashMap<>();
    private @Nullable StaffDirectory staffDirectory;
    private @Nullable RuleSet ruleSet;
    private @Nullable Clock clock;
    private @Nullable AlertPolicy alertPolicy;
    private @Nullable Duration feedbackAnswerWithin;
    private @Nullable RetryPolicy retryPolicy;
    private @Nullable Locale locale;
    private final List<String> textBundles = new ArrayList<>();
    private final List<String> ruleMessageBundles = new ArrayList<>();
    private @Nullable String nodeId;
    private @Nullable Duration outboxLease;
    private @Nullable MonitoringPolicy monitoringPolicy;
    private @Nullable String personChannel;
    private @Nullable Boolean spotChecks;
    private @Nullable PresenceVerifier presenceVerifier;
    private @Nullable Duration presenceVerificationTimeout;
    private @Nullable RandomSpotChecks randomSpotChecks;
    private @Nullable Boolean reports;
    private @Nullable Boolean retention;
    private @Nullable RetentionPolicy retentionPolicy;
    private @Nullable MeterRegistry meterRegistry;
    private @Nullable JurisdictionPath metricsScope;
    private byte @Nullable [] citizenSecret;
    private @Nullable JurisdictionPath citizenUnit;
    private @Nullable LinkCodePolicy linkCodePolicy;
    private @Nullable IdentityProvider identityProvider;

    private Builder() {}

    /**
     * Records metrics on {@code registry} (the README's "Metrics" table lists them; no tag carries personal data).
     * Default: none, and then Micrometer need not be on the class path at all.
     *
     * @param registry where the meters go
     * @return this builder
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.meterRegistry = once("meterRegistry", this.meterRegistry, registry);
      return this;
    }

    /**
     * The units whose open alerts the {@code homewatch.alerts.open} gauges count, usually the province the portal
     * serves. Default: none, and no open-alert gauges (the other meters do not need it).
     *
     * @param scope the units counted, e.g. the province
     * @return this builder
     */
    public Builder metricsScope(JurisdictionPath scope) {
      this.metricsScope = once("metricsScope", this.metricsScope, scope);
      return this;
    }

    /**
     * Whether spot checks are on. Default: on, which needs a storage offering
     * {@link org.homewatch.spi.storage.SpotCheckStore} ({@link #build()} refuses one that does not). Off,
     * {@link Homewatch#spotChecks()} fails and the background scheduler does not settle spot checks.
     *
     * @param enabled false to leave spot checks off
     * @return this builder
     */
    public Builder spotChecks(boolean enabled) {
      this.spotChecks = once("spotChecks", this.spotChecks, enabled);
      return this;
    }

    /**
     * The presence verifier (a province's face-match or eKYC service) that decides whether a check-in answers a
     * spot check: only its {@code PASSED} passes one, never the app's own claim. Default: none, and then a
     * check-in that answers a spot check in time is settled {@code NOT_VERIFIED} and alerts the station as a
     * failed check does (a deployment without a verifier can still ask people to check in, but staff confirm by
     * phone or visit). Homewatch calls it on daemon threads of its own (at most a few at once), outside any
     * storage transaction, for at most {@link #presenceVerificationTimeout}.
     *
     * @param verifier the verifier, thread-safe
     * @return this builder
     */
    public Builder presenceVerifier(PresenceVerifier verifier) {
      this.presenceVerifier = once("presenceVerifier", this.presenceVerifier, verifier);
      return this;
    }

    /**
     * How long a spot check's settlement waits for one call of the presence verifier; a call that takes longer is
     * interrupted and the check-in is "not verified", never passed. Default:
     * {@link #DEFAULT_PRESENCE_VERIFICATION_TIMEOUT}.
     *
     * @param timeout positive, at most 5 minutes (a settling batch waits this long per call)
     * @return this builder
     * @throws ConfigurationException if not positive or over 5 minutes
     */
    public Builder presenceVerificationTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "presenceVerificationTimeout");
      if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new ConfigurationException("presenceVerificationTimeout must be positive and at most PT5M, was "
            + timeout);
      }
      this.presenceVerificationTimeout = once("presenceVerificationTimeout", this.presenceVerificationTimeout,
          timeout);
      return this;
    }

    /**
     * A policy by which core asks for presence verification without staff asking: the people of cases of the
     * policy's categories get its number of spot checks a day at random times within its daily window, each
     * verified by the {@link #presenceVerifier} when it is settled (only its {@code PASSED} passes). The
     * {@code random-spot-checks} job of {@link HomewatchJobs} asks them. Default: none, and only staff ask for spot
     * checks. Needs spot checks on.
     *
     * @param policy the categories, checks a day and daily window
     * @return this builder
     */
    public Builder randomSpotChecks(RandomSpotChecks policy) {
      this.randomSpotChecks = once("randomSpotChecks", this.randomSpotChecks, policy);
      return this;
    }

    /**
     * The presence verifier's time limit when none is set: eKYC face-match services answer in a second or two;
     * ten seconds leaves room for a slow mobile upload's processing without stalling the settling job.
     */
    public static final Duration DEFAULT_PRESENCE_VERIFICATION_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Whether reports are on. Default: on, which needs a storage offering
     * {@link org.homewatch.spi.storage.ReportCounterStore} ({@link #build()} refuses one that does not): every
     * change then moves the report counters in its own transaction. Off, {@link Homewatch#reports()} fails and
     * nothing is counted (a storage without the store, or a portal that reports from elsewhere).
     *
     * @param enabled false to keep no report counters
     * @return this builder
     */
    public Builder reports(boolean enabled) {
      this.reports = once("reports", this.reports, enabled);
      return this;
    }

    private boolean reportsOn() {
      return reports == null || reports;
    }

    /**
     * Whether the retention purge under Decree 13/2023 is on. Default: on, which needs a storage offering
     * {@link org.homewatch.spi.storage.RetentionStore} ({@link #build()} refuses one that does not), and the
     * background scheduler's standard jobs then include {@code HomewatchJobs.RETENTION_PURGE}. Off,
     * {@link Homewatch#retention()} fails: a portal that erases personal data by other means.
     *
     * @param enabled whether the purge is on
     * @return this builder
     */
    public Builder retention(boolean enabled) {
      this.retention = once("retention", this.retention, enabled);
      return this;
    }

    /**
     * How long each province keeps closed cases' personal data, finished messages and audit events. Default:
     * {@link RetentionPolicy#defaults()} (30, 30 and 365 days everywhere).
     *
     * @param policy the retention per province
     * @return this builder
     */
    public Builder retentionPolicy(RetentionPolicy policy) {
      this.retentionPolicy = once("retentionPolicy", this.retentionPolicy, policy);
      return this;
    }

    private boolean retentionOn() {
      return retention == null || retention;
    }

    private boolean spotChecksOn() {
      return spotChecks == null || spotChecks;
    }

    /**
     * Schedules, durations and missed-declaration thresholds per category and province (load one with
     * {@link MonitoringPolicy#load}). Default: {@link MonitoringPolicy#shipped()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder monitoringPolicy(MonitoringPolicy policy) {
      this.monitoringPolicy = once("monitoringPolicy", this.monitoringPolicy, policy);
      return this;
    }

    /**
     * The channel that reaches people in quarantine at their phone number (reminders, spot checks), as registered
     * with {@link #channel}. Default: {@code sms}. {@link #build()} refuses a person channel (named here or the
     * default) that no registered channel carries: reminders and spot checks would otherwise be lost unseen.
     *
     * @param channelName a channel's name
     * @return this builder
     */
    public Builder personChannel(String channelName) {
      this.personChannel = once("personChannel", this.personChannel, channelName);
      return this;
    }

    /**
     * The storage everything is kept in (required, or by name below).
     *
     * @param storage the storage; it stays the integrator's to close
     * @return this builder
     */
    public Builder storage(Storage storage) {
      this.storage = once("storage", this.storage, storage);
      return this;
    }

    /**
     * Creates the storage through the {@link StorageProvider} named {@code name} (e.g. {@code memory},
     * {@code jdbc}) found on {@code classLoader}.
     *
     * @param name the provider's name
     * @param config the provider's settings
     * @param classLoader where to look for providers
     * @return this builder
     * @throws ConfigurationException if no provider has that name or the settings are wrong
     */
    public Builder storage(String name, Map<String, String> config, ClassLoader classLoader) {
      StorageProvider provider = Providers.find(StorageProvider.class, name, StorageProvider::name, classLoader,
          "org.homewatch:homewatch-storage-" + name);
      return storage(provider.create(config));
    }

    /**
     * Adds a channel; notifications go to the channel their contact point names. Names must be unique.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(AlertChannel channel) {
      Objects.requireNonNull(channel, "channel");
      AlertChannel previous = channels.putIfAbsent(channel.name(), channel);
      if (previous != null) {
        throw new ConfigurationException("a channel named '" + channel.name() + "' was already added: " + previous);
      }
      return this;
    }

    /**
     * Adds the channel made by the {@link AlertChannelProvider} named {@code name} found on {@code classLoader}.
     *
     * @param name the provider's name
     * @param config the provider's settings, e.g. the gateway's URL
     * @param classLoader where to look for providers
     * @return this builder
     * @throws ConfigurationException if no provider has that name or the settings are wrong
     */
    public Builder channel(String name, Map<String, String> config, ClassLoader classLoader) {
      AlertChannelProvider provider = Providers.find(AlertChannelProvider.class, name, AlertChannelProvider::name,
          classLoader, "");
      return channel(provider.create(config));
    }

    /**
     * Turns on linking citizens by a one-time code sent to their phone ({@link Homewatch#citizenLinking()}). Needs a
     * storage offering {@link CitizenIdentityStore}. Codes are stored only as HMAC-SHA-256 under {@code secret}, so
     * keep it out of the database (an environment variable, a key vault) and the same on every node; changing it
     * makes codes in flight useless, nothing else.
     *
     * @param secret the deployment's secret, at least 32 bytes (copied)
     * @param servedUnit the unit the portal serves (usually its province): only people with a case inside it are
     *     linked, and requests for other numbers are audited under it
     * @return this builder
     * @throws ConfigurationException if the secret is shorter than 32 bytes, or if set twice
     */
    public Builder citizenCodes(byte[] secret, JurisdictionPath servedUnit) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length < 32) {
        throw new ConfigurationException("citizenCodes: the secret must be at least 32 bytes (256 bits), was "
            + secret.length + " bytes");
      }
      this.citizenUnit = once("citizenCodes", this.citizenUnit, servedUnit);
      this.citizenSecret = secret.clone();
      return this;
    }

    /**
     * How one-time codes behave. Default: {@link LinkCodePolicy#defaults()}. Needs {@link #citizenCodes}.
     *
     * @param policy validity, attempts, rate and length
     * @return this builder
     */
    public Builder linkCodePolicy(LinkCodePolicy policy) {
      this.linkCodePolicy = once("linkCodePolicy", this.linkCodePolicy, policy);
      return this;
    }

    /**
     * The portal's own login mapped onto Homewatch: {@link Homewatch#principals()} asks it first who a subject is
     * (a staff account or a person) and makes the principal from Homewatch's own records. Default: none (accounts
     * and one-time-code links only).
     *
     * @param provider the mapping of external subjects
     * @return this builder
     */
    public Builder identityProvider(IdentityProvider provider) {
      this.identityProvider = once("identityProvider", this.identityProvider, provider);
      return this;
    }

    /**
     * Who is on duty, for routing alerts. Default: on-duty accounts in the account store.
     *
     * @param directory the staff directory
     * @return this builder
     */
    public Builder staffDirectory(StaffDirectory directory) {
      this.staffDirectory = once("staffDirectory", this.staffDirectory, directory);
      return this;
    }

    /**
     * The rule set declarations are judged by. Default: {@code RuleSets.moh261()}.
     *
     * @param ruleSet the rule set
     * @return this builder
     */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = once("ruleSet", this.ruleSet, ruleSet);
      return this;
    }

    /**
     * The only source of time. Default: {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = once("clock", this.clock, clock);
      return this;
    }

    /**
     * How long a citizen's feedback may wait for the station's answer before a FEEDBACK alert is raised for the case
     * (default {@value #DEFAULT_FEEDBACK_ANSWER_HOURS} hours: a request for food or medicine should not wait past
     * the next day).
     *
     * @param within how long feedback may wait for an answer; positive, at most {@link AlertPolicy#LONGEST}
     * @return this builder
     */
    public Builder feedbackAnswerWithin(Duration within) {
      Objects.requireNonNull(within, "within");
      if (within.isNegative() || within.isZero() || within.compareTo(AlertPolicy.LONGEST) > 0) {
        throw new ConfigurationException("feedbackAnswerWithin must be positive and at most " + AlertPolicy.LONGEST
            + ", was " + within);
      }
      this.feedbackAnswerWithin = once("feedbackAnswerWithin", this.feedbackAnswerWithin, within);
      return this;
    }

    /**
     * How long each alert severity may go unacknowledged, and unresolved once acknowledged, before it escalates.
     * Default: {@code AlertPolicy.defaults()}.
     *
     * @param policy the alert policy
     * @return this builder
     */
    public Builder alertPolicy(AlertPolicy policy) {
      this.alertPolicy = once("alertPolicy", this.alertPolicy, policy);
      return this;
    }

    /**
     * How the outbox retries a message that failed for now. Default: {@code RetryPolicy.defaults()}.
     *
     * @param policy the retry policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = once("retryPolicy", this.retryPolicy, policy);
      return this;
    }

    /**
     * The deployment's language: what alert summaries and alert and case history details are stored in (each is
     * kept as a wording too, which {@code texts().summary(..)} and {@code texts().detail(..)} render in any reader's
     * language). Messages are written in each reader's own language: a person's
     * ({@link org.homewatch.model.Person#locale()}), a staff member's ({@link org.homewatch.model.Account#locale()}).
     * Default: Vietnamese.
     *
     * @param locale the deployment's language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = once("locale", this.locale, locale);
      return this;
    }

    /**
     * A bundle of texts that replace any of Homewatch's (notification templates, names of severities, topics and
     * windows, rule findings' texts, validation messages), e.g. {@code com.example.portal.texts} for
     * {@code com/example/portal/texts.properties} (Vietnamese, UTF-8) and {@code texts_en.properties} (English) on the
     * class path. A key the bundle does not have reads Homewatch's text. May be called more than once: the bundle
     * given first wins. {@link #build()} refuses a bundle with no Vietnamese base file.
     *
     * @param bundleBaseName the bundle's base name
     * @return this builder
     */
    public Builder texts(String bundleBaseName) {
      addBundle("texts", textBundles, bundleBaseName);
      return this;
    }

    /**
     * The bundle holding a province rule set's own message keys (the {@code "message"} of its rules), looked up
     * before Homewatch's texts; same layout as {@link #texts}. {@link #build()} refuses a JSON rule set that has a
     * message key with no Vietnamese or no English text in these bundles, the overrides or Homewatch's own, so that no
     * message shows a raw key.
     *
     * @param bundleBaseName the bundle's base name, e.g. {@code vn.gialai.rules.messages}
     * @return this builder
     */
    public Builder ruleMessages(String bundleBaseName) {
      addBundle("ruleMessages", ruleMessageBundles, bundleBaseName);
      return this;
    }

    private static void addBundle(String option, List<String> bundles, String bundleBaseName) {
      Objects.requireNonNull(bundleBaseName, option);
      if (bundles.contains(bundleBaseName)) {
        throw new ConfigurationException(option + " was already given the bundle " + bundleBaseName);
      }
      bundles.add(bundleBaseName);
    }

    private Texts texts() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return textBundles.isEmpty() && ruleMessageBundles.isEmpty() ? Texts.shipped()
          : Texts.of(textBundles, ruleMessageBundles, context != null ? context : Homewatch.class.getClassLoader());
    }

    /**
     * This node's name in outbox leases (unique per running instance). Default: random.
     *
     * @param nodeId the node's name
     * @return this builder
     */
    public Builder nodeId(String nodeId) {
      this.nodeId = once("nodeId", this.nodeId, nodeId);
      return this;
    }

    /** The outbox lease when none is set: longer than any SMS or Zalo gateway's timeout we know of. */
    public static final Duration DEFAULT_OUTBOX_LEASE = Duration.ofMinutes(2);
    static final long DEFAULT_FEEDBACK_ANSWER_HOURS = 24;
    /** How long feedback may wait for an answer before a FEEDBACK alert, unless set. */
    public static final Duration DEFAULT_FEEDBACK_ANSWER_WITHIN = Duration.ofHours(DEFAULT_FEEDBACK_ANSWER_HOURS);

    /**
     * How long a dispatcher holds an outbox message it is about to send; renewed before each message's own send, so
     * it must exceed the longest single send (the slowest channel's timeout), not a whole batch. Another node sends
     * a message whose lease ran out. Default: {@link #DEFAULT_OUTBOX_LEASE}.
     *
     * @param lease how long a dispatcher holds the messages it took
     * @return this builder
     * @throws ConfigurationException if not positive, or over a day (a crashed node's messages would wait that long,
     *     and a lease too long for an {@code Instant} would stop every dispatch)
     */
    public Builder outboxLease(Duration lease) {
      Objects.requireNonNull(lease, "outboxLease");
      if (lease.isNegative() || lease.isZero() || lease.compareTo(Duration.ofDays(1)) > 0) {
        throw new ConfigurationException("outboxLease must be positive and at most PT24H, was " + lease);
      }
      this.outboxLease = once("outboxLease", this.outboxLease, lease);
      return this;
    }

    /**
     * Checks the options together, wires the services and returns the instance.
     *
     * @return the instance; close it to release what it made (not the storage or channels given)
     * @throws ConfigurationException if the storage is missing, an option contradicts another, or the storage lacks a
     *     store a configured feature needs
     */
    public Homewatch build() {
      if (storage == null) {
        throw new ConfigurationException("no storage was set: call storage(...) with e.g. a MemoryStorage or a "
            + "JdbcStorage (artifacts homewatch-storage-memory, homewatch-storage-jdbc)");
      }
      Map<RequiredStores.Feature, Set<Class<? extends OptionalStore>>> needs =
          new EnumMap<>(RequiredStores.Feature.class);
      if (spotChecksOn()) {
        needs.put(RequiredStores.Feature.SPOT_CHECKS, Set.of(SpotCheckStore.class));
      }
      if (reportsOn()) {
        needs.put(RequiredStores.Feature.REPORTS, Set.of(ReportCounterStore.class));
      }
      if (randomSpotChecks != null && !spotChecksOn()) {
        throw new ConfigurationException("randomSpotChecks was set but spotChecks(false): a random spot-check "
            + "policy asks spot checks; turn spot checks on or drop randomSpotChecks");
      }
      if (citizenUnit != null) {
        needs.put(RequiredStores.Feature.CITIZEN_CODES, Set.of(CitizenIdentityStore.class));
      } else if (linkCodePolicy != null) {
        throw new ConfigurationException("linkCodePolicy was set but not citizenCodes(secret, servedUnit): the "
            + "policy would apply to nothing");
      }
      if (retentionOn()) {
        needs.put(RequiredStores.Feature.RETENTION, Set.of(RetentionStore.class));
      } else if (retentionPolicy != null) {
        throw new ConfigurationException("retentionPolicy was set but retention(false) turns the purge off: drop one");
      }
      RequiredStores.check(storage, needs);
      if (metricsScope != null && meterRegistry == null) {
        throw new ConfigurationException("metricsScope was set but no meterRegistry: the open-alert gauges need "
            + "a registry to live in; call meterRegistry(..) too, or drop metricsScope");
      }
      String person = personChannel();
      if (!channels.containsKey(person)) {
        throw new ConfigurationException("the person channel '" + person + "'" + (personChannel == null
            ? " (the default)" : "") + " is not a registered channel, so reminders and spot checks could not "
            + "reach anyone: register an AlertChannel named '" + person + "' with channel(..), or name one of "
            + "the registered channels " + channels.keySet() + " with personChannel(..)");
      }
      RuleMessagesCheck.check(ruleSet != null ? ruleSet : RuleSets.moh261(), texts(), ruleMessageBundles);
      return new Homewatch(this, storage);
    }

    private String personChannel() {
      return personChannel != null ? personChannel : "sms";
    }

    private static <T> T once(String option, @Nullable T current, T value) {
      Objects.requireNonNull(value, option);
      if (current != null) {
        throw new ConfigurationException(option + " was already set to " + current);
      }
      return value;
    }
  }
}
