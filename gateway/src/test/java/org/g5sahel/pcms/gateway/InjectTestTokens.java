package org.g5sahel.pcms.gateway;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Injects the {@link TestTokens} of {@link GatewayTestResource} (signed with the key the gateway trusts) into a
 * test's field.
 */
@Retention(RUNTIME)
@Target(FIELD)
public @interface InjectTestTokens {}
