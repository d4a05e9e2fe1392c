/**
 * The service-provider interfaces of Homewatch: {@link org.homewatch.spi.storage storage},
 * {@link org.homewatch.spi.notification notification} and {@link org.homewatch.spi.identity identity}.
 *
 * <h2>What the SPI promises</h2>
 * <ul>
 *   <li>Each SPI has a factory ({@code *Provider}: {@code name()}, {@code create(config)}) and the product it makes.
 *       Integrators register products explicitly on {@code Homewatch.builder()}; discovery of providers by name
 *       through {@link java.util.ServiceLoader} is an opt-in convenience.
 *   <li>Signatures use only {@code org.homewatch} model and SPI types and {@code java.*} types, so a plugin
 *       compiles against this jar alone.
 *   <li>Interfaces change only compatibly within a major version: new methods come with defaults, new stores
 *       are optional, and model records keep their previous constructor when they gain a component (how, in
 *       the {@link org.homewatch.spi.storage storage package}).
 *   <li>Nothing is {@code null}: absent values are {@link java.util.Optional} or empty collections.
 * </ul>
 */
@NullMarked
package org.homewatch.spi;

import org.jspecify.annotations.NullMarked;
