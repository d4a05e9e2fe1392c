/**
 * Viet Nam's administrative units of both GSO schemes as data, ready for
 * {@link org.homewatch.core.directory.JurisdictionService#importUnits}. The data is read from this jar only; it was
 * converted once, at development time, from a public list (see {@link org.homewatch.units.vn.VietnamUnits}).
 */
@NullMarked
package org.homewatch.units.vn;

import org.jspecify.annotations.NullMarked;
