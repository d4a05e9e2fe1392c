package org.homewatch.model;

public enum FeedbackStatus {
  NEW,
  IN_PROGRESS,
  ANSWERED,
  CLOSED
}
