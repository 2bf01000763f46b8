/* handlers.h: one handler per page; each lives in its own h_*.c file. */
#ifndef C2C_HANDLERS_H
#define C2C_HANDLERS_H

#include "server.h"

enum c2c_err h_overview(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_cities(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_city(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_partnerships(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_partnership(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_events(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_health(struct c2c_req *req, xmlNodePtr root);

/* The page size a list request asked for, or the configured default. */
int req_limit(const struct c2c_req *req);

#endif
