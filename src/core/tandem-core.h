/* tandem-core.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-authorship.h"
#include "tandem-board-model.h"
#include "tandem-board-ops.h"
#include "tandem-card.h"
#include "tandem-cell-model.h"
#include "tandem-collection.h"
#include "tandem-column.h"
#include "tandem-conflict.h"
#include "tandem-core-enums.h"
#include "tandem-core-types.h"
#include "tandem-highlight.h"
#include "tandem-highlight-tag.h"
#include "tandem-interview.h"
#include "tandem-lane.h"
#include "tandem-launch.h"
#include "tandem-launch-ops.h"
#include "tandem-merge.h"
#include "tandem-metric.h"
#include "tandem-notes-ops.h"
#include "tandem-object.h"
#include "tandem-person.h"
#include "tandem-rank.h"
#include "tandem-search.h"
#include "tandem-snapshot-entry.h"
#include "tandem-snapshot.h"
#include "tandem-task.h"
#include "tandem-tier.h"
#include "tandem-workspace.h"
