package org.storecrm.platform.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.storecrm.platform.ValidatedArguments;

@ValidatedArguments
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 800)
public class ArgumentValidation {
  @Inject Validator validator;

  @AroundInvoke
  Object validate(InvocationContext invocation) throws Exception {
    Object[] arguments = invocation.getParameters();
    if (arguments == null || arguments.length == 0) {
      return invocation.proceed(); // the container hands no array for methods without parameters
    }
    Set<ConstraintViolation<Object>> violations =
        validator
            .forExecutables()
            .validateParameters(invocation.getTarget(), invocation.getMethod(), arguments);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return invocation.proceed();
  }
}
