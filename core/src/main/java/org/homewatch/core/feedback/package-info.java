/**
 * Citizens' feedback (phản ánh): requests, complaints and questions from people in quarantine, handled by the
 * health station of their commune.
 */
@NullMarked
package org.homewatch.core.feedback;

import org.jspecify.annotations.NullMarked;
