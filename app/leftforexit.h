#pragma once

#include <memory>

// The headless modes end the process once their work is done. Rather than freeing a big
// dataset, or the window that shows it, a block at a time (0.2 s with 100k statements), they
// leave it here, and the system takes the memory back at once when the process ends. What is
// left stays reachable, so leak checkers do not count it.
void leaveForExit(std::shared_ptr<void> object);
