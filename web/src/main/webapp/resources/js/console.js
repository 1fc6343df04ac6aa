// The console's own behaviour, beside what PrimeFaces does: the folding menu, the address of the list page, the
// warning before unsaved settings are left, and bringing a result into view.
var adsync = (function () {
    "use strict";
    var dirty = false;

    /** The header's Menu button (below 900 px): shows or hides the side menu. */
    function toggleMenu(button) {
        var open = document.body.classList.toggle("nav-open");
        button.setAttribute("aria-expanded", open ? "true" : "false");
        if (open) {
            var first = document.querySelector("#consoleNav a");
            if (first) {
                first.focus();
            }
        }
    }

    /** Replaces the query string of this page's address (sort, filters, page) without adding a history entry. */
    function keepInAddress(query) {
        var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
        window.history.replaceState(window.history.state, "", url);
    }

    /** Whether the user is typing in a filter of that table: a poll then waits rather than redraw the input. */
    function typingIn(tableId) {
        var table = document.getElementById(tableId);
        var active = document.activeElement;
        return !!(table && active && active.tagName === "INPUT" && table.contains(active));
    }

    /** Scrolls an element that an ajax update drew into view and moves the focus to it, for screen readers too. */
    function reveal(id) {
        var element = document.getElementById(id);
        if (element) {
            element.scrollIntoView({block: "nearest"});
            element.focus({preventScroll: true});
        }
    }

    /** Marks a form's inputs as changed from what was saved once the user changes one (jQuery comes with PrimeFaces). */
    function trackChanges(formId) {
        dirty = false;
        if (window.jQuery) {
            window.jQuery(document).off("input.adsync change.adsync")
                .on("input.adsync change.adsync", "[id='" + formId + "'] :input", function () {
                    dirty = true;
                });
        }
    }

    function saved() {
        dirty = false;
    }

    /** Leaves for that address at once if nothing changed, or asks first through the dialog given. */
    function leave(href, dialog) {
        if (dirty && window.PF && PF(dialog)) {
            PF(dialog).show();
            return false;
        }
        window.location.href = href;
        return false;
    }

    // Esc in a search field whose suggestions are open closes the suggestions, not the dialog around it: the
    // suggestions close by themselves, and a dialog leaves an Esc whose default was prevented alone.
    document.addEventListener("keydown", function (event) {
        var box = event.key === "Escape" && event.target.closest ? event.target.closest(".ui-autocomplete") : null;
        var panel = box ? document.getElementById(box.id + "_panel") : null;
        if (panel && panel.getClientRects().length > 0 && window.getComputedStyle(panel).display !== "none") {
            event.preventDefault();
        }
    }, true);

    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && document.body.classList.contains("nav-open")) {
            document.body.classList.remove("nav-open");
            var toggle = document.getElementById("menuToggle");
            if (toggle) {
                toggle.setAttribute("aria-expanded", "false");
                toggle.focus();
            }
        }
    });

    return {toggleMenu: toggleMenu, keepInAddress: keepInAddress, typingIn: typingIn, reveal: reveal,
        trackChanges: trackChanges, saved: saved, leave: leave};
}());
