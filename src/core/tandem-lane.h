/* tandem-lane.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_LANE (tandem_lane_get_type ())

G_DECLARE_FINAL_TYPE (TandemLane, tandem_lane, TANDEM, LANE, TandemObject)

TandemLane *tandem_lane_new (void);

G_END_DECLS
