-- wrk script: JSON-RPC ticket.update of a random ticket among the first $TICKETS (a comment, no _ts), with Basic
-- auth $AUTH (base64 user:password), so writers spread over many tickets as real users do.
local tickets = tonumber(os.getenv("TICKETS"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")
request = function()
  local body = string.format('{"method":"ticket.update","params":[%d,"Comment from bench/scale.sh",{}],"id":1}',
    math.random(1, tickets))
  return wrk.format(nil, nil, nil, body)
end
