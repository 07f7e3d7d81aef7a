/**
 * A CJG that families can find (VIND-1 ... VIND-3, TOE-2): public pages without login under {@code /cjg/{gemeente}}
 * with the municipality's information for parents and young people, the social map (after Open Referral HSDS) and
 * the online form that registers a help request through intake; the editor's and provider's staff pages that keep
 * them. No client data is stored here.
 */
@NullMarked
@ApplicationModule(displayName = "Findability: public CJG site and social map")
package nl.jeugdregie.findability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
