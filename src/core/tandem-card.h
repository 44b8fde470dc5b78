/* tandem-card.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CARD (tandem_card_get_type ())

G_DECLARE_FINAL_TYPE (TandemCard, tandem_card, TANDEM, CARD, TandemObject)

TandemCard *tandem_card_new (void);
double      tandem_card_get_score (TandemCard *self);

G_END_DECLS
