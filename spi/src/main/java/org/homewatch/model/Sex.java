package org.homewatch.model;

public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
