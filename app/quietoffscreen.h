#pragma once

// In the headless modes, drops two messages that say nothing about the user's data: the one the
// offscreen platform prints for every window it shows, and the notice that XDG_RUNTIME_DIR is
// not set (the offscreen platform does not use it). A clean run prints only its own output.
void installOffscreenMessageFilter();
