/* tandem-core-types.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _TandemCollection TandemCollection;
typedef struct _TandemObject     TandemObject;
typedef struct _TandemWorkspace  TandemWorkspace;

typedef enum
{
  TANDEM_TEAM_PRODUCT,   /*< nick=product >*/
  TANDEM_TEAM_MARKETING, /*< nick=marketing >*/
  TANDEM_TEAM_OTHER,     /*< nick=other >*/
} TandemTeam;

typedef enum
{
  TANDEM_CARD_STATUS_IDEA,        /*< nick=idea >*/
  TANDEM_CARD_STATUS_PLANNED,     /*< nick=planned >*/
  TANDEM_CARD_STATUS_IN_PROGRESS, /*< nick=in-progress >*/
  TANDEM_CARD_STATUS_SHIPPED,     /*< nick=shipped >*/
  TANDEM_CARD_STATUS_DROPPED,     /*< nick=dropped >*/
} TandemCardStatus;

typedef enum
{
  TANDEM_LAUNCH_STATUS_PLANNED,   /*< nick=planned >*/
  TANDEM_LAUNCH_STATUS_CONFIRMED, /*< nick=confirmed >*/
  TANDEM_LAUNCH_STATUS_LAUNCHED,  /*< nick=launched >*/
  TANDEM_LAUNCH_STATUS_SLIPPED,   /*< nick=slipped >*/
} TandemLaunchStatus;

typedef enum
{
  TANDEM_HORIZON_30_DAYS, /*< nick=30 >*/
  TANDEM_HORIZON_60_DAYS, /*< nick=60 >*/
  TANDEM_HORIZON_90_DAYS, /*< nick=90 >*/
} TandemHorizon;

typedef enum
{
  TANDEM_SIDE_NONE,   /*< nick=none >*/
  TANDEM_SIDE_MINE,   /*< nick=mine >*/
  TANDEM_SIDE_THEIRS, /*< nick=theirs >*/
} TandemSide;

/* How a field is stored and checked.  Short values are XML attributes, long text
 * and lists are child elements.  An ID holds an object's id by value (a
 * snapshot's card, which may be gone since): checked, but never resolved. */
typedef enum
{
  TANDEM_FIELD_STRING,    /*< nick=string >*/
  TANDEM_FIELD_TEXT,      /*< nick=text >*/
  TANDEM_FIELD_INT,       /*< nick=int >*/
  TANDEM_FIELD_DOUBLE,    /*< nick=double >*/
  TANDEM_FIELD_BOOLEAN,   /*< nick=boolean >*/
  TANDEM_FIELD_ENUM,      /*< nick=enum >*/
  TANDEM_FIELD_DATE,      /*< nick=date >*/
  TANDEM_FIELD_TARGET,    /*< nick=target >*/
  TANDEM_FIELD_TIMESTAMP, /*< nick=timestamp >*/
  TANDEM_FIELD_RANK,      /*< nick=rank >*/
  TANDEM_FIELD_REF,       /*< nick=ref >*/
  TANDEM_FIELD_LIST,      /*< nick=list >*/
  TANDEM_FIELD_REF_LIST,  /*< nick=ref-list >*/
  TANDEM_FIELD_ID,        /*< nick=id >*/
} TandemFieldType;

typedef struct
{
  const char      *name;          /* property name, and XML attribute or element name */
  TandemFieldType  type;
  GType          (*enum_type) (void);
  const char      *ref_kind;      /* REF, REF_LIST: the kind referred to, e.g. "person" */
  const char      *item;          /* LIST, REF_LIST: the element name of one item */
  int              min;           /* INT: the inclusive range, when min < max */
  int              max;
  gboolean         required;
} TandemFieldInfo;

G_END_DECLS
