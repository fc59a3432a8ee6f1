package org.storecrm.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Validates a service's arguments against the Bean Validation constraints of its methods (declared
 * on the facade interface) before the method runs; an invalid call throws {@link
 * jakarta.validation.ConstraintViolationException} and changes nothing. Put it on every service
 * class: the container's own method validation does not reach EJBs through their interfaces.
 */
@InterceptorBinding
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidatedArguments {}
