package org.casecoordination.system;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** The binding rule of {@link TrimmedStrings}, declared once for the controllers that carry it. */
@ControllerAdvice(annotations = TrimmedStrings.class)
class InputBinding {

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
