package org.g5sahel.pcms.gateway;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Injects the {@link FakeUpstream} started by {@link GatewayTestResource} into a test's field.
 */
@Retention(RUNTIME)
@Target(FIELD)
public @interface InjectFakeUpstream {}
