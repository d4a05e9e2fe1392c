/**
 * Who may do what where: the operations and the roles allowed to call them, checked with the principal's jurisdiction scope before anything is read or written; and the default identity, backed by the account store.
 */
@NullMarked
package org.homewatch.core.access;

import org.jspecify.annotations.NullMarked;
