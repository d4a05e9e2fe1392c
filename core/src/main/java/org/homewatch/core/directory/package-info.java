/**
 * The administrative units and staff accounts a deployment knows.
 */
@NullMarked
package org.homewatch.core.directory;

import org.jspecify.annotations.NullMarked;
