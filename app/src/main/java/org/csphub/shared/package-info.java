/**
 * The shared kernel: small value types and infrastructure that every module may use (the
 * command-line framework). It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.csphub.shared;
