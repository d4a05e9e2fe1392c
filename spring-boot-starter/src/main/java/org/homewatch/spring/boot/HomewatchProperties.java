package org.homewatch.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Homewatch's settings under {@code homewatch.*}. Every one has a default that suits a province's portal, except
 * {@link #getScope() scope}, which the background jobs and the health indicator need and no default can guess.
 */
@ConfigurationProperties("homewatch")
public class HomewatchProperties {
  /**
   * The jurisdiction this portal serves, e.g. GSO_2021:64 (Gia Lai): the background jobs act as the system
   * principal of this unit, and the open-alert gauges and the health indicator look inside it.
   */
  private @Nullable String scope;

  /**
   * The deployment's language, e.g. vi-VN or en: alert summaries and case and alert history are stored in it. Each
   * message is written in its reader's own language (the person's, the staff account's).
   */
  private String locale = "vi-VN";

  /**
   * Bundles of texts replacing any of Homewatch's, by base name (e.g. vn.gialai.portal.texts for
   * vn/gialai/portal/texts.properties, Vietnamese, and texts_en.properties, English); the first listed wins.
   */
  private List<String> texts = new ArrayList<>();

  /** Bundles holding the province rule set's own message keys, by base name (same layout as texts). */
  private List<String> ruleMessages = new ArrayList<>();

  /** Time zone of Homewatch's clock (unless the application defines a java.time.Clock bean). */
  private String zone = "Asia/Ho_Chi_Minh";

  /** This node's name in outbox leases; unique per running instance. Default: random at each start. */
  private @Nullable String nodeId;

  /**
   * The rule set declarations are judged by: a shipped set (moh261, moh4038) or a resource holding a JSON rule
   * file, e.g. classpath:gia-lai-rules.json or file:/etc/homewatch/rules.json.
   */
  private String ruleSet = "moh261";

  /** A resource holding the monitoring policy JSON; default: the policy shipped with Homewatch. */
  private @Nullable String monitoringPolicy;

  /** The channel that reaches people in quarantine (reminders, spot checks). */
  private String personChannel = "sms";

  /** Whether spot checks are on (they need a storage with spot-check support; JDBC and memory have it). */
  private boolean spotChecks = true;

  /** How long a dispatcher holds an outbox message it is about to send; longer than the slowest gateway. */
  private Duration outboxLease = Duration.ofMinutes(2);

  /**
   * How long settling a spot check waits for one call of the PresenceVerifier bean before the check-in counts as not
   * verified; Homewatch's default (10 s) when unset.
   */
  private @Nullable Duration presenceVerificationTimeout;

  /**
   * Channels made by AlertChannelProvider plugins, by provider name, each with its own settings, e.g.
   * homewatch.channels.console-sms.channel=sms. AlertChannel beans are added too.
   */
  private Map<String, Map<String, String>> channels = new LinkedHashMap<>();

  private final Storage storage = new Storage();
  private final Background background = new Background();
  private final Health health = new Health();

  /** Storage on the application's DataSource. */
  public static class Storage {
    /** Whether Homewatch applies its Flyway migrations to the DataSource at start (off: you run them). */
    private boolean migrate = true;

    /**
     * The {@code homewatch.storage.migrate} property.
     *
     * @return its value
     */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * Sets the {@code homewatch.storage.migrate} property.
     *
     * @param migrate the value
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }

  /** Background work on a TaskScheduler: outbox dispatch, escalation, sweeps, reminders, case life. */
  public static class Background {
    /** Whether this node runs the background jobs (every node may; they are lease- and version-guarded). */
    private boolean enabled = true;
    /** The most items one batch handles (1 to 1000). */
    private int batchSize = 500;
    /** How often the outbox is dispatched. */
    private Duration dispatchEvery = Duration.ofSeconds(5);
    /** How often overdue alerts are escalated. */
    private Duration escalationEvery = Duration.ofSeconds(30);
    /** How often the jobs that go over every case run (sweep, reminders, spot checks, activation, completion). */
    private Duration caseWorkEvery = Duration.ofMinutes(1);
    /** How often the days that are over are settled into the report's slot figures (when reports are on). */
    private Duration slotSettlementEvery = Duration.ofMinutes(10);
    /** How long shutdown waits for a running batch to finish before the storage closes. */
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    /** How often the retention purge (Decree 13/2023) runs; its retention is counted in days. */
    private Duration retentionPurgeEvery = Duration.ofHours(1);

    /**
     * The {@code homewatch.background.retention-purge-every} property.
     *
     * @return its value
     */
    public Duration getRetentionPurgeEvery() {
      return retentionPurgeEvery;
    }

    /**
     * Sets the {@code homewatch.background.retention-purge-every} property.
     *
     * @param retentionPurgeEvery the value
     */
    public void setRetentionPurgeEvery(Duration retentionPurgeEvery) {
      this.retentionPurgeEvery = retentionPurgeEvery;
    }

    /**
     * The {@code homewatch.background.enabled} property.
     *
     * @return its value
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets the {@code homewatch.background.enabled} property.
     *
     * @param enabled the value
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The {@code homewatch.background.batch-size} property.
     *
     * @return its value
     */
    public int getBatchSize() {
      return batchSize;
    }

    /**
     * Sets the {@code homewatch.background.batch-size} property.
     *
     * @param batchSize the value
     */
    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    /**
     * The {@code homewatch.background.dispatch-every} property.
     *
     * @return its value
     */
    public Duration getDispatchEvery() {
      return dispatchEvery;
    }

    /**
     * Sets the {@code homewatch.background.dispatch-every} property.
     *
     * @param dispatchEvery the value
     */
    public void setDispatchEvery(Duration dispatchEvery) {
      this.dispatchEvery = dispatchEvery;
    }

    /**
     * The {@code homewatch.background.escalation-every} property.
     *
     * @return its value
     */
    public Duration getEscalationEvery() {
      return escalationEvery;
    }

    /**
     * Sets the {@code homewatch.background.escalation-every} property.
     *
     * @param escalationEvery the value
     */
    public void setEscalationEvery(Duration escalationEvery) {
      this.escalationEvery = escalationEvery;
    }

    /**
     * The {@code homewatch.background.case-work-every} property.
     *
     * @return its value
     */
    public Duration getCaseWorkEvery() {
      return caseWorkEvery;
    }

    /**
     * Sets the {@code homewatch.background.case-work-every} property.
     *
     * @param caseWorkEvery the value
     */
    public void setCaseWorkEvery(Duration caseWorkEvery) {
      this.caseWorkEvery = caseWorkEvery;
    }

    /**
     * The {@code homewatch.background.slot-settlement-every} property.
     *
     * @return its value
     */
    public Duration getSlotSettlementEvery() {
      return slotSettlementEvery;
    }

    /**
     * Sets the {@code homewatch.background.slot-settlement-every} property.
     *
     * @param slotSettlementEvery the value
     */
    public void setSlotSettlementEvery(Duration slotSettlementEvery) {
      this.slotSettlementEvery = slotSettlementEvery;
    }

    /**
     * The {@code homewatch.background.shutdown-timeout} property.
     *
     * @return its value
     */
    public Duration getShutdownTimeout() {
      return shutdownTimeout;
    }

    /**
     * Sets the {@code homewatch.background.shutdown-timeout} property.
     *
     * @param shutdownTimeout the value
     */
    public void setShutdownTimeout(Duration shutdownTimeout) {
      this.shutdownTimeout = shutdownTimeout;
    }
  }

  /** The health indicator (with Spring Boot Actuator). */
  public static class Health {
    /** More outbox messages waiting than this means delivery is not keeping up: the indicator reports DOWN. */
    private long maxOutboxPending = 1000;
    /**
     * An alert overdue for longer than this means escalation is not running (it runs every half minute): the
     * indicator reports DOWN.
     */
    private Duration maxOverdue = Duration.ofMinutes(5);

    /**
     * The {@code homewatch.health.max-outbox-pending} property.
     *
     * @return its value
     */
    public long getMaxOutboxPending() {
      return maxOutboxPending;
    }

    /**
     * Sets the {@code homewatch.health.max-outbox-pending} property.
     *
     * @param maxOutboxPending the value
     */
    public void setMaxOutboxPending(long maxOutboxPending) {
      this.maxOutboxPending = maxOutboxPending;
    }

    /**
     * The {@code homewatch.health.max-overdue} property.
     *
     * @return its value
     */
    public Duration getMaxOverdue() {
      return maxOverdue;
    }

    /**
     * Sets the {@code homewatch.health.max-overdue} property.
     *
     * @param maxOverdue the value
     */
    public void setMaxOverdue(Duration maxOverdue) {
      this.maxOverdue = maxOverdue;
    }
  }

  /**
   * The {@code homewatch.scope} property.
   *
   * @return its value
   */
  public @Nullable String getScope() {
    return scope;
  }

  /**
   * Sets the {@code homewatch.scope} property.
   *
   * @param scope the value
   */
  public void setScope(@Nullable String scope) {
    this.scope = scope;
  }

  /**
   * The {@code homewatch.texts} property.
   *
   * @return the override bundles' base names, first wins
   */
  public List<String> getTexts() {
    return texts;
  }

  /**
   * Sets the {@code homewatch.texts} property.
   *
   * @param texts the override bundles' base names
   */
  public void setTexts(List<String> texts) {
    this.texts = texts;
  }

  /**
   * The {@code homewatch.rule-messages} property.
   *
   * @return the province rule-message bundles' base names
   */
  public List<String> getRuleMessages() {
    return ruleMessages;
  }

  /**
   * Sets the {@code homewatch.rule-messages} property.
   *
   * @param ruleMessages the province rule-message bundles' base names
   */
  public void setRuleMessages(List<String> ruleMessages) {
    this.ruleMessages = ruleMessages;
  }

  /**
   * The {@code homewatch.locale} property.
   *
   * @return its value
   */
  public String getLocale() {
    return locale;
  }

  /**
   * Sets the {@code homewatch.locale} property.
   *
   * @param locale the value
   */
  public void setLocale(String locale) {
    this.locale = locale;
  }

  /**
   * The {@code homewatch.zone} property.
   *
   * @return its value
   */
  public String getZone() {
    return zone;
  }

  /**
   * Sets the {@code homewatch.zone} property.
   *
   * @param zone the value
   */
  public void setZone(String zone) {
    this.zone = zone;
  }

  /**
   * The {@code homewatch.node-id} property.
   *
   * @return its value
   */
  public @Nullable String getNodeId() {
    return nodeId;
  }

  /**
   * Sets the {@code homewatch.node-id} property.
   *
   * @param nodeId the value
   */
  public void setNodeId(@Nullable String nodeId) {
    this.nodeId = nodeId;
  }

  /**
   * The {@code homewatch.rule-set} property.
   *
   * @return its value
   */
  public String getRuleSet() {
    return ruleSet;
  }

  /**
   * Sets the {@code homewatch.rule-set} property.
   *
   * @param ruleSet the value
   */
  public void setRuleSet(String ruleSet) {
    this.ruleSet = ruleSet;
  }

  /**
   * The {@code homewatch.monitoring-policy} property.
   *
   * @return its value
   */
  public @Nullable String getMonitoringPolicy() {
    return monitoringPolicy;
  }

  /**
   * Sets the {@code homewatch.monitoring-policy} property.
   *
   * @param monitoringPolicy the value
   */
  public void setMonitoringPolicy(@Nullable String monitoringPolicy) {
    this.monitoringPolicy = monitoringPolicy;
  }

  /**
   * The {@code homewatch.person-channel} property.
   *
   * @return its value
   */
  public String getPersonChannel() {
    return personChannel;
  }

  /**
   * Sets the {@code homewatch.person-channel} property.
   *
   * @param personChannel the value
   */
  public void setPersonChannel(String personChannel) {
    this.personChannel = personChannel;
  }

  /**
   * The {@code homewatch.spot-checks} property.
   *
   * @return its value
   */
  public boolean isSpotChecks() {
    return spotChecks;
  }

  /**
   * Sets the {@code homewatch.spot-checks} property.
   *
   * @param spotChecks the value
   */
  public void setSpotChecks(boolean spotChecks) {
    this.spotChecks = spotChecks;
  }

  /**
   * The {@code homewatch.presence-verification-timeout} property.
   *
   * @return its value, or null for Homewatch's default
   */
  public @Nullable Duration getPresenceVerificationTimeout() {
    return presenceVerificationTimeout;
  }

  /**
   * Sets the {@code homewatch.presence-verification-timeout} property.
   *
   * @param presenceVerificationTimeout the value
   */
  public void setPresenceVerificationTimeout(@Nullable Duration presenceVerificationTimeout) {
    this.presenceVerificationTimeout = presenceVerificationTimeout;
  }

  /**
   * The {@code homewatch.outbox-lease} property.
   *
   * @return its value
   */
  public Duration getOutboxLease() {
    return outboxLease;
  }

  /**
   * Sets the {@code homewatch.outbox-lease} property.
   *
   * @param outboxLease the value
   */
  public void setOutboxLease(Duration outboxLease) {
    this.outboxLease = outboxLease;
  }

  /**
   * The {@code homewatch.channels} property.
   *
   * @return its value
   */
  public Map<String, Map<String, String>> getChannels() {
    return channels;
  }

  /**
   * Sets the {@code homewatch.channels} property.
   *
   * @param channels the value
   */
  public void setChannels(Map<String, Map<String, String>> channels) {
    this.channels = channels;
  }

  /**
   * The {@code homewatch.storage.*} settings.
   *
   * @return them
   */
  public Storage getStorage() {
    return storage;
  }

  /**
   * The {@code homewatch.background.*} settings.
   *
   * @return them
   */
  public Background getBackground() {
    return background;
  }

  /**
   * The {@code homewatch.health.*} settings.
   *
   * @return them
   */
  public Health getHealth() {
    return health;
  }
}
