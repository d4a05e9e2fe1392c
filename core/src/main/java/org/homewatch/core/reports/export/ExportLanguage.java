package org.homewatch.core.reports.export;

/** The language of an export's headers and titles: Vietnamese unless asked otherwise. */
public enum ExportLanguage {
  /** Vietnamese headers and titles (the default). */
  VIETNAMESE,
  /** English headers and titles. */
  ENGLISH
}
