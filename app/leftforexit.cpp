#include "app/leftforexit.h"

#include <vector>

void leaveForExit(std::shared_ptr<void> object)
{
    // Never freed: freeing it is what is left out.
    static auto *const left = new std::vector<std::shared_ptr<void>>();
    left->push_back(std::move(object));
}
