/* tandem-tier.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_TIER (tandem_tier_get_type ())

G_DECLARE_FINAL_TYPE (TandemTier, tandem_tier, TANDEM, TIER, TandemObject)

TandemTier *tandem_tier_new (void);

G_END_DECLS
