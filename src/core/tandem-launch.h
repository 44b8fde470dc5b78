/* tandem-launch.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_LAUNCH (tandem_launch_get_type ())

G_DECLARE_FINAL_TYPE (TandemLaunch, tandem_launch, TANDEM, LAUNCH, TandemObject)

TandemLaunch *tandem_launch_new (void);

G_END_DECLS
