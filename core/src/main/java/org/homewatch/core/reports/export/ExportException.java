package org.homewatch.core.reports.export;

import java.nio.file.Path;
import org.homewatch.HomewatchException;

/**
 * An export could not be written where it was asked to be: the folder does not exist and cannot be made, is a
 * file, or refuses writing. The message names the folder (the official's own path, never personal data: a report
 * holds none); the cause is the I/O error.
 */
public class ExportException extends HomewatchException {
  private final transient Path folder;

  /**
   * A failure to write into {@code folder}.
   *
   * @param folder the folder that could not be created or written
   * @param cause the I/O error
   */
  public ExportException(Path folder, Throwable cause) {
    super("cannot write the report to the folder " + folder.toAbsolutePath() + ": "
        + cause.getClass().getSimpleName(), cause);
    this.folder = folder;
  }

  /**
   * The folder that could not be written.
   *
   * @return the folder
   */
  public Path folder() {
    return folder;
  }
}
