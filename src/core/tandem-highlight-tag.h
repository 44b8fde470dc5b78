/* tandem-highlight-tag.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HIGHLIGHT_TAG (tandem_highlight_tag_get_type ())

G_DECLARE_FINAL_TYPE (TandemHighlightTag, tandem_highlight_tag, TANDEM, HIGHLIGHT_TAG, TandemObject)

TandemHighlightTag *tandem_highlight_tag_new (void);

G_END_DECLS
