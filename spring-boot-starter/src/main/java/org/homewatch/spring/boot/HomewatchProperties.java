package org.homewatch.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
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

  /** Language of notifications to staff and people, e.g. vi-VN or en. */
  private String locale = "vi-VN";

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

    public boolean isMigrate() {
      return migrate;
    }

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
    /** How long shutdown waits for a running batch to finish before the storage closes. */
    private Duration shutdownTimeout = Duration.ofSeconds(30);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    public Duration getDispatchEvery() {
      return dispatchEvery;
    }

    public void setDispatchEvery(Duration dispatchEvery) {
      this.dispatchEvery = dispatchEvery;
    }

    public Duration getEscalationEvery() {
      return escalationEvery;
    }

    public void setEscalationEvery(Duration escalationEvery) {
      this.escalationEvery = escalationEvery;
    }

    public Duration getCaseWorkEvery() {
      return caseWorkEvery;
    }

    public void setCaseWorkEvery(Duration caseWorkEvery) {
      this.caseWorkEvery = caseWorkEvery;
    }

    public Duration getShutdownTimeout() {
      return shutdownTimeout;
    }

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

    public long getMaxOutboxPending() {
      return maxOutboxPending;
    }

    public void setMaxOutboxPending(long maxOutboxPending) {
      this.maxOutboxPending = maxOutboxPending;
    }

    public Duration getMaxOverdue() {
      return maxOverdue;
    }

    public void setMaxOverdue(Duration maxOverdue) {
      this.maxOverdue = maxOverdue;
    }
  }

  public @Nullable String getScope() {
    return scope;
  }

  public void setScope(@Nullable String scope) {
    this.scope = scope;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public @Nullable String getNodeId() {
    return nodeId;
  }

  public void setNodeId(@Nullable String nodeId) {
    this.nodeId = nodeId;
  }

  public String getRuleSet() {
    return ruleSet;
  }

  public void setRuleSet(String ruleSet) {
    this.ruleSet = ruleSet;
  }

  public @Nullable String getMonitoringPolicy() {
    return monitoringPolicy;
  }

  public void setMonitoringPolicy(@Nullable String monitoringPolicy) {
    this.monitoringPolicy = monitoringPolicy;
  }

  public String getPersonChannel() {
    return personChannel;
  }

  public void setPersonChannel(String personChannel) {
    this.personChannel = personChannel;
  }

  public boolean isSpotChecks() {
    return spotChecks;
  }

  public void setSpotChecks(boolean spotChecks) {
    this.spotChecks = spotChecks;
  }

  public Duration getOutboxLease() {
    return outboxLease;
  }

  public void setOutboxLease(Duration outboxLease) {
    this.outboxLease = outboxLease;
  }

  public Map<String, Map<String, String>> getChannels() {
    return channels;
  }

  public void setChannels(Map<String, Map<String, String>> channels) {
    this.channels = channels;
  }

  public Storage getStorage() {
    return storage;
  }

  public Background getBackground() {
    return background;
  }

  public Health getHealth() {
    return health;
  }
}
